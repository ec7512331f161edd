// Writes a gzip copy (name.gz) beside every text asset in dist/, so the server can send the
// compressed bytes to browsers that accept them without compressing on each request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const compressible = /\.(js|mjs|css|html|svg|json|txt)$/;

function* files(directory) {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
for (const path of files(dist)) {
  if (!compressible.test(path)) continue;
  const content = readFileSync(path);
  const compressed = gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
  if (compressed.length < content.length) {
    writeFileSync(`${path}.gz`, compressed);
    count += 1;
  }
}
console.log(`precompressed ${count} files`);
