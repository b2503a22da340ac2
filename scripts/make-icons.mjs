// Draws the app icon (an envelope with a check mark on a blue tile) into resources/icons as PNG
// and ICO. Hand-written because no image library is installed and the shape is simple: each pixel
// is a 4×4 supersampled test against a few signed-distance shapes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = path.resolve(import.meta.dirname, '..', 'resources', 'icons');

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const segDist = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
};

/** Colour at a point of the unit square (0..1). */
function shade(x, y) {
  const r = 0.18;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0),
    qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r - 0.02) return null;
  // Check mark badge.
  if (Math.hypot(x - 0.72, y - 0.7) < 0.16) {
    const tick = Math.min(segDist(x, y, 0.64, 0.7, 0.7, 0.76), segDist(x, y, 0.7, 0.76, 0.8, 0.64));
    return tick < 0.025 ? [255, 255, 255] : [46, 160, 67];
  }
  // Envelope outline and flap.
  const inX = x > 0.2 && x < 0.8,
    inY = y > 0.3 && y < 0.72;
  const edge = inX && inY && (x < 0.235 || x > 0.765 || y < 0.335 || y > 0.685);
  const flap = Math.min(segDist(x, y, 0.2, 0.3, 0.5, 0.52), segDist(x, y, 0.5, 0.52, 0.8, 0.3)) < 0.018;
  if (edge || (flap && inX && inY)) return [255, 255, 255];
  return [31, 78, 121];
}

function render(size) {
  const buf = Buffer.alloc(size * size * 4);
  const s = 4;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let j = 0; j < s; j++)
        for (let i = 0; i < s; i++) {
          const c = shade((x + (i + 0.5) / s) / size, (y + (j + 0.5) / s) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a++;
          }
        }
      const o = (y * size + x) * 4;
      if (a) {
        buf[o] = r / a;
        buf[o + 1] = g / a;
        buf[o + 2] = b / a;
        buf[o + 3] = (255 * a) / (s * s);
      }
    }
  return png(size, buf);
}

function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

const sizes = [16, 24, 32, 48, 64, 128, 256];
const images = sizes.map((size) => ({ size, data: render(size) }));
writeFileSync(path.join(out, 'icon.png'), render(512));
writeFileSync(path.join(out, 'icon.ico'), ico(images));
console.log('icons written to', out);
