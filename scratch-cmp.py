import re,subprocess,sys
pdf=sys.argv[1]; tr=sys.argv[2]
txt=subprocess.run(['pdftotext','-layout',pdf,'-'],capture_output=True,text=True).stdout.split('\f')
pages=[re.sub(r'\s+','',p) for p in txt]
n=0
lines=open(tr).read().split('\n')
keep=[]
for i,l in enumerate(lines):
    t=l.split(' ',1)[1] if ' ' in l else l
    if any((lines[j].split(' ',1)[1] if ' ' in lines[j] else '')==t for j in range(i+1,min(len(lines),i+8))): continue
    keep.append(l)
for line in keep:
    m=re.match(r'(\d+) (\d+)L (.*)',line.rstrip('\n'))
    if not m: continue
    page=int(m.group(1)); key=re.sub(r'\s+','',m.group(3))[:22]
    if len(key)<18 or key.startswith('['): continue
    if key not in pages[page-1]:
        # where is it
        cands=[i+1 for i in range(max(0,page-3),min(len(pages),page+2)) if key in pages[i]]
        print('block on my page',page,'LO',cands,line.strip()[:80]); n+=1
        if n>3: break
