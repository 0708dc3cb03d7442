import { readSetting } from '../settings';
import { isKeyVault, VAULT_SETTING, type KeyVault } from './vaultRecord';

/** This database's key vault; throws when it is not protected. */
export async function readVault(): Promise<KeyVault> {
  const vault = await readSetting<unknown>(VAULT_SETTING);
  if (!isKeyVault(vault)) throw new Error('This database is not protected');
  return vault;
}
