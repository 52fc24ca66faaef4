import { deflateRawSync } from 'node:zlib';
import { centralDirectoryNames, detectFileType, imageDimensions, isText } from './file-type';

/** A minimal ZIP with the given entries (stored or deflated), with its central directory. */
function zip(entries: Array<{ name: string; content: string; deflate?: boolean }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = Buffer.from(e.content);
    const data = e.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const detect = (bytes: Buffer, name = 'bestand') => detectFileType(bytes.subarray(0, 65536), bytes.subarray(-65536), name);

describe('detectFileType', () => {
  it('recognises documents and images by their content', () => {
    expect(detect(Buffer.from('%PDF-1.7\n...'), 'x.docx')).toMatchObject({ ok: true, kind: 'pdf', contentType: 'application/pdf' });
    expect(detect(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatchObject({ ok: true, kind: 'png' });
    expect(detect(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatchObject({ ok: true, kind: 'jpeg' });
    expect(detect(Buffer.from('GIF89a\x01\x00'))).toMatchObject({ ok: true, kind: 'gif' });
    expect(detect(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 '))).toMatchObject({ ok: true, kind: 'webp', contentType: 'image/webp' });
    expect(detect(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toMatchObject({ ok: true, kind: 'ole-office' });
  });

  it('tells Word, Excel and PowerPoint apart by the entries of the ZIP directory', () => {
    const ooxml = (dir: string) =>
      zip([
        { name: '[Content_Types].xml', content: '<Types/>', deflate: true },
        { name: `${dir}/document.xml`, content: '<x/>', deflate: true },
      ]);
    expect(detect(ooxml('word'))).toMatchObject({ ok: true, kind: 'docx' });
    expect(detect(ooxml('xl'))).toMatchObject({ ok: true, kind: 'xlsx' });
    expect(detect(ooxml('ppt'))).toMatchObject({ ok: true, kind: 'pptx' });
    expect(centralDirectoryNames(ooxml('word'))).toEqual(['[Content_Types].xml', 'word/document.xml']);
    // The directory alone decides when the head has only the first local entries.
    const big = ooxml('xl');
    expect(detectFileType(big.subarray(0, 40), big)).toMatchObject({ ok: true, kind: 'xlsx' });
  });

  it('recognises OpenDocument files by their mimetype entry', () => {
    const odf = (type: string) =>
      zip([
        { name: 'mimetype', content: `application/vnd.oasis.opendocument.${type}` },
        { name: 'content.xml', content: '<x/>', deflate: true },
      ]);
    expect(detect(odf('text'))).toMatchObject({ ok: true, kind: 'odt' });
    expect(detect(odf('spreadsheet'))).toMatchObject({ ok: true, kind: 'ods' });
    expect(detect(odf('presentation'))).toMatchObject({ ok: true, kind: 'odp' });
  });

  it('refuses plain ZIP archives and ZIPs with programs', () => {
    expect(detect(zip([{ name: 'foto.jpg', content: 'x' }]))).toMatchObject({ ok: false, reason: 'unknown-zip' });
    expect(detect(zip([{ name: 'setup.exe', content: 'MZ' }]), 'rapport.docx')).toMatchObject({ ok: false, reason: 'unknown-zip' });
  });

  it('refuses executables and scripts whatever they are called', () => {
    expect(detect(Buffer.from('MZ\x90\x00\x03'), 'verslag.pdf')).toMatchObject({ ok: false, reason: 'executable' });
    expect(detect(Buffer.from('\x7fELF\x02\x01'), 'foto.png')).toMatchObject({ ok: false, reason: 'executable' });
    expect(detect(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0]), 'a.txt')).toMatchObject({ ok: false, reason: 'executable' });
    expect(detect(Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x34]), 'Les.md')).toMatchObject({ ok: false, reason: 'executable' });
    expect(detect(Buffer.from('#!/usr/bin/env python\nprint(1)\n'), 'lijst.csv')).toMatchObject({ ok: false, reason: 'script' });
    expect(detect(Buffer.from('\ufeff#!/bin/sh\n'), 'a.txt')).toMatchObject({ ok: false, reason: 'script' });
    const refused = detect(Buffer.from('MZ'), 'x.pdf');
    expect(refused.ok === false && refused.message).toMatch(/programma/);
  });

  it('accepts UTF-8 text without NUL bytes as text, markdown or CSV by name, and refuses unknown binaries', () => {
    expect(detect(Buffer.from('Hoofdstuk één: überhaupt'), 'notes.txt')).toMatchObject({ ok: true, kind: 'text', contentType: 'text/plain; charset=utf-8' });
    expect(detect(Buffer.from('# Kop'), 'Les.MD')).toMatchObject({ contentType: 'text/markdown; charset=utf-8' });
    expect(detect(Buffer.from('a;b\n1;2\n'), 'lijst.csv')).toMatchObject({ contentType: 'text/csv; charset=utf-8' });
    expect(detect(Buffer.from([0x61, 0x00, 0x62]), 'a.txt')).toMatchObject({ ok: false, reason: 'unknown-binary' });
    expect(detect(Buffer.from([0xc3, 0x28, 0x41]), 'a.txt')).toMatchObject({ ok: false, reason: 'unknown-binary' });
    expect(detect(Buffer.alloc(0))).toMatchObject({ ok: false });
  });

  it('accepts a multi-byte character cut off at the end of the head', () => {
    const text = Buffer.from('ëëë');
    expect(isText(text.subarray(0, 5))).toBe(true);
    expect(isText(Buffer.from([0x41, 0xe2, 0x82]))).toBe(true);
    expect(isText(Buffer.from([0x41, 0xff]))).toBe(false);
  });
});

describe('imageDimensions', () => {
  it('reads width and height from PNG, GIF, WebP and JPEG headers', () => {
    const png = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(png);
    png.write('IHDR', 12, 'latin1');
    png.writeUInt32BE(640, 16);
    png.writeUInt32BE(480, 20);
    expect(imageDimensions(png)).toEqual({ width: 640, height: 480 });

    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0x20, 0x03, 0x58, 0x02])]);
    expect(imageDimensions(gif)).toEqual({ width: 800, height: 600 });

    const vp8 = Buffer.alloc(30);
    vp8.write('RIFF', 0, 'latin1');
    vp8.write('WEBPVP8 ', 8, 'latin1');
    Buffer.from([0x9d, 0x01, 0x2a]).copy(vp8, 23);
    vp8.writeUInt16LE(1024, 26);
    vp8.writeUInt16LE(768, 28);
    expect(imageDimensions(vp8)).toEqual({ width: 1024, height: 768 });

    const vp8l = Buffer.alloc(30);
    vp8l.write('RIFF', 0, 'latin1');
    vp8l.write('WEBPVP8L', 8, 'latin1');
    vp8l[20] = 0x2f;
    vp8l.writeUInt32LE((300 - 1) | ((200 - 1) << 14), 21);
    expect(imageDimensions(vp8l)).toEqual({ width: 300, height: 200 });

    // SOI, an APP0 segment, then SOF2 (progressive): length 17, precision 8, height 1080, width 1920.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x04, 0x38, 0x07, 0x80, 0x03, 0, 0, 0, 0]);
    expect(imageDimensions(jpeg)).toEqual({ width: 1920, height: 1080 });
  });

  it('answers null when the header is not there or not an image', () => {
    expect(imageDimensions(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBeNull();
    expect(imageDimensions(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(imageDimensions(Buffer.alloc(0))).toBeNull();
  });
});
