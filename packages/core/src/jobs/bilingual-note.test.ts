import { describe, expect, it } from 'vitest';
import { noteFromStorage, splitBilingualNote } from './bilingual-note.ts';

describe('notes in both languages', () => {
  it('splits an older server note and keeps an officer’s note whole', () => {
    expect(splitBilingualNote('读取台账 / reading the registry')).toEqual({
      zh: '读取台账',
      en: 'reading the registry',
    });
    expect(splitBilingualNote('经核实 / 已处理')).toEqual({ zh: '经核实 / 已处理', en: '经核实 / 已处理' });
    expect(splitBilingualNote('done')).toEqual({ zh: 'done', en: 'done' });
  });

  it('reads objects, their JSON text and older strings', () => {
    expect(noteFromStorage({ zh: '完成', en: 'done' })).toEqual({ zh: '完成', en: 'done' });
    expect(noteFromStorage('{"zh":"完成","en":"done"}')).toEqual({ zh: '完成', en: 'done' });
    expect(noteFromStorage('完成 / done')).toEqual({ zh: '完成', en: 'done' });
    expect(noteFromStorage('{not json')).toEqual({ zh: '{not json', en: '{not json' });
    expect(noteFromStorage(null)).toBeNull();
  });
});
