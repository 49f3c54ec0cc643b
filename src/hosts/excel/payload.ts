/**
 * Payload sizes as they travel to and from Excel: JSON in UTF-8 bytes (Excel on the web limits a
 * request and a response to 5 MB each). Chinese text is 3 bytes a character, so counting UTF-16
 * units (`string.length`) underestimates a Chinese form by up to three times.
 */

/** UTF-8 bytes of a string, without allocating it. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of `value` as JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value ?? null));
}
