import {
  attachmentSchema,
  contactSchema,
  delegateSchema,
  eventSchema,
  findingSchema,
  materialSchema,
  organisationSchema,
  recommendationSchema,
  keyPointSchema,
  tourSchema,
} from '../domain/entities';
import { db } from './database';
import { createRepository } from './repository';

/** One repository per entity; every write in the app goes through these. */
export const tours = createRepository(db.tours, tourSchema);
export const delegates = createRepository(db.delegates, delegateSchema);
export const organisations = createRepository(db.organisations, organisationSchema);
export const contacts = createRepository(db.contacts, contactSchema);
export const events = createRepository(db.events, eventSchema);
export const themes = createRepository(db.themes, keyPointSchema);
export const findings = createRepository(db.findings, findingSchema);
export const recommendations = createRepository(db.recommendations, recommendationSchema);
export const materials = createRepository(db.materials, materialSchema);
export const attachments = createRepository(db.attachments, attachmentSchema);
