/**
 * Formula comparison (normaliseFormula): a formula the add-in wrote is recognised in the spelling
 * other engines save it in. The LibreOffice spelling below is copied from a workbook that
 * LibreOffice Calc 7.4 saved after a row was inserted into a form the add-in had written.
 */
import { normaliseFormula } from '../../src/snapshot/cells';
import { admit } from '../../src/plan/admit';
import { XLSX_CAPABILITIES } from '../../src/hosts/xlsx/apply';

const WRITTEN =
  '=IF(AND(ISNUMBER(P50),ISNUMBER(O50),ISNUMBER(G50)),IF(G50<0,"待补充",IF(P50>=O50,"完成",IF(OR(IFERROR(IF(ISBLANK(I50),FALSE,IF(ISNUMBER(I50),I50<>0,AND(I50<>FALSE,I50<>"",I50<>" ",I50<>"　",I50<>"/",I50<>"／",I50<>"-",I50<>"－",I50<>"—",I50<>"——",I50<>"无"))),FALSE)),"未完成","缺少原因"))),"待补充")';
const LIBREOFFICE =
  '=IF(AND(ISNUMBER(P50),ISNUMBER(O50),ISNUMBER(G50)),IF(G50<0,"待补充",IF(P50>=O50,"完成",IF(OR(IFERROR(IF(ISBLANK(I50),FALSE(),IF(ISNUMBER(I50),I50<>0,AND(I50<>FALSE(),I50<>"",I50<>" ",I50<>"　",I50<>"/",I50<>"／",I50<>"-",I50<>"－",I50<>"—",I50<>"——",I50<>"无"))),FALSE())),"未完成","缺少原因"))),"待补充")';

describe('normaliseFormula', () => {
  test('reads LibreOffice’s TRUE() and FALSE() as the constants Excel writes', () => {
    expect(normaliseFormula(LIBREOFFICE)).toBe(normaliseFormula(WRITTEN));
    expect(normaliseFormula('=if(a1, true(), false())')).toBe(
      normaliseFormula('=IF(A1,TRUE,FALSE)'),
    );
  });

  test('reads a newer function with its file prefix as the function', () => {
    expect(normaliseFormula('=_xlfn.IFS(A1>1,1,TRUE,0)')).toBe(
      normaliseFormula('=IFS(A1>1,1,TRUE,0)'),
    );
  });

  test('leaves strings and other functions alone', () => {
    expect(normaliseFormula('=IF(A1="FALSE()",1,0)')).not.toBe(
      normaliseFormula('=IF(A1="FALSE",1,0)'),
    );
    expect(normaliseFormula('=NOTFALSE()')).toBe('=NOTFALSE()');
    expect(normaliseFormula('=SUM($A$1:A2)')).toBe('=SUM(A1:A2)');
  });

  test('admission takes the add-in’s formula in LibreOffice’s spelling as already there', () => {
    const cell = { value: '完成', formula: LIBREOFFICE };
    const admission = admit(
      [
        {
          id: 'x',
          kind: 'setFormula',
          sheet: 'S',
          cell: 'M50',
          formula: WRITTEN,
          onlyIfEmpty: true,
        },
      ],
      XLSX_CAPABILITIES,
      {
        sheet: () => ({ protected: false, cell: () => cell, validation: () => 'none' }),
      },
    );
    expect(admission.outcomes).toEqual([{ id: 'x', status: 'applied' }]);
    expect(admission.edits).toEqual([]);
  });
});
