import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './csv-records.ts';
import { chart as armsTransfers } from '../charts/arms-transfers/chart.ts';

const { tiv: armsTivFile, deals: armsDealsFile } = armsTransfers.files;

const header = 'year,direction,supplier,recipient,tiv,basis,source';
const row = '2016,russia-to-iran,Russia,Iran,413,sipri-table,sipri-tiv-russia';
const parse = (text: string) => parseCsvRecords(text, 'content/data/arms-tiv.csv', armsTivFile);

describe('CSV chart data', () => {
  it('reads rows as typed records named by direction and year', () => {
    expect(parse(`\uFEFF${header}\n${row}\n`)).toEqual([
      {
        id: 'russia-to-iran-2016',
        file: 'content/data/arms-tiv.csv',
        line: 2,
        data: {
          year: 2016,
          direction: 'russia-to-iran',
          supplier: 'Russia',
          recipient: 'Iran',
          tiv: 413,
          basis: 'sipri-table',
          source: 'sipri-tiv-russia',
        },
      },
    ]);
  });

  it.each([
    [
      'a renamed column',
      `${header.replace('tiv', 'value')}\n${row}`,
      'content/data/arms-tiv.csv:1: the header must be "year,direction,supplier,recipient,tiv,basis,source" (missing "tiv"; unknown "value")',
    ],
    ['columns out of order', `year,supplier,direction,recipient,tiv,basis,source\n${row}`, '(columns are out of order)'],
    ['a missing header', '', 'content/data/arms-tiv.csv:1: the header row is missing'],
    [
      'a negative figure',
      `${header}\n${row.replace('413', '-5')}`,
      'content/data/arms-tiv.csv:2 (row 1), id "russia-to-iran-2016": field "tiv" must be a number of zero or more',
    ],
    ['a figure with a thousands separator', `${header}\n${row.replace('413', '"1,200"')}`, 'field "tiv" must be a number of zero or more'],
    ['a non-numeric figure', `${header}\n${row.replace('413', 'n/a')}`, 'field "tiv" must be a number'],
    ['an implausible figure', `${header}\n${row.replace('413', '250000')}`, 'field "tiv" is implausibly large'],
    [
      'a year out of range',
      `${header}\n${row.replace('2016', '1850')}`,
      'content/data/arms-tiv.csv:2 (row 1), id "russia-to-iran-1850": field "year" must be at least 1950',
    ],
    [
      'an unknown direction',
      `${header}\n${row.replace('russia-to-iran', 'russia-to-china')}`,
      'field "direction" must be one of "russia-to-iran"|"iran-to-russia"',
    ],
    [
      'a supplier that contradicts the direction',
      `${header}\n${row.replace(',Russia,Iran,', ',Iran,Russia,')}`,
      'field "supplier" does not match direction',
    ],
    [
      'a row without a source',
      `${header}\n${row.replace(',sipri-tiv-russia', ',')}`,
      'content/data/arms-tiv.csv:2 (row 1), id "russia-to-iran-2016": field "source" is empty',
    ],
    [
      'a short row',
      `${header}\n${row.replace(',sipri-table', '')}`,
      'content/data/arms-tiv.csv:2 (row 1): has 6 cells but the header has 7',
    ],
    [
      'a duplicate year',
      `${header}\n${row}\n${row}`,
      'content/data/arms-tiv.csv:3 (row 2): id "russia-to-iran-2016" is used twice (first at line 2)',
    ],
    ['a line break inside a cell', `${header}\n${row.replace('sipri-table', '"sipri\ntable"')}`, 'field "basis" contains a line break'],
  ])('fails on %s, naming file, line and field', (_, text, message) => {
    expect(() => parse(text)).toThrow(message);
  });

  it('reads several source ids from one cell and checks each', () => {
    const deal = (sources: string) =>
      `${armsDealsFile.columns.join(',')}\nyak-130,russia-to-iran,2023,Yak-130 trainers,Yak-130 jet trainers,delivered 2023–24,delivered,high,"Two in 2023, four in 2024.",${sources}\n`;
    const [record] = parseCsvRecords(deal('sipri-register; tass-yak'), 'content/data/arms-deals.csv', armsDealsFile);
    expect(record!.data.sources).toEqual(['sipri-register', 'tass-yak']);
    expect(() => parseCsvRecords(deal(''), 'content/data/arms-deals.csv', armsDealsFile)).toThrow(
      'content/data/arms-deals.csv:2 (row 1), id "yak-130": field "sources" must cite at least one source',
    );
    expect(() => parseCsvRecords(deal('Not An Id'), 'content/data/arms-deals.csv', armsDealsFile)).toThrow(
      'field "sources[0]" must be kebab-case',
    );
  });

  it('refuses a label too long for the chart', () => {
    const text = `${armsDealsFile.columns.join(',')}\nx,russia-to-iran,2023,${'A very long label that will not fit'},S,P,delivered,high,N,s\n`;
    expect(() => parseCsvRecords(text, 'content/data/arms-deals.csv', armsDealsFile)).toThrow(
      'id "x": field "label" must be at most 28 characters',
    );
  });
});
