import { fundingForms, staffingTypes, unitRanks } from '../registry/vocabulary.ts';
import { leaderLevels } from '../warnings/warnings.schemas.ts';
import { birthDateOfId, col, type RowOf } from './columns.ts';
import { educationLevels, sexes } from './staff-vocabulary.ts';
import {
  EXAMPLE_CODE_1,
  EXAMPLE_CODE_2,
  EXAMPLE_UNIT_1,
  EXAMPLE_UNIT_2,
  examplesNote,
  type ImportTemplate,
  identifiesUnit,
  keepsMissing,
  type RowProblem,
  unitCode,
  unitName,
} from './template-types.ts';

/** 实名制人员: the staff sheet. People are identified by ID number or the exported system id. */
const staffColumns = [
  { ...unitCode, header: '编制所在单位统一社会信用代码', width: 26 },
  unitName,
  col.text('name', '姓名', true, '', { maxLength: 50, width: 10 }),
  col.idNumber(
    'idNumber',
    '身份证号',
    true,
    '18 位（GB 11643，含校验位），请设为文本格式。导出文件中为脱敏值（如 990121********0016），保留原值即不改动',
  ),
  col.enumOf(sexes)('sex', '性别', false, '', { width: 8 }),
  col.date('birthDate', '出生日期', false, '须与身份证号中的出生日期一致'),
  col.enumOf(educationLevels)('education', '学历', false, '最高学历'),
  col.enumOf(staffingTypes)('staffingType', '编制类型', true, '', { width: 16 }),
  col.enumOf(fundingForms)('fundingForm', '经费形式', false, ''),
  col.text('internalBody', '所在内设机构', false, '须是该单位已登记的内设机构名称；单位领导留空'),
  col.text('post', '职务名称', false, ''),
  col.text('grade', '职级', false, ''),
  col.enumOf(leaderLevels)('leaderLevel', '领导职务类别', false, '非领导人员留空', { width: 16 }),
  col.enumOf(unitRanks)('leaderRank', '领导职务层次', false, '领导人员的职务层次'),
  col.boolean('overRankApproved', '是否经批准高配', false, '留空为“否”'),
  col.date('entryDate', '入编时间', false, ''),
  col.creditCode(
    'workUnitCreditCode',
    '实际工作单位统一社会信用代码',
    false,
    '借调到其他单位工作时填写；须已登记',
  ),
  col.date('secondedSince', '借调开始日期', false, ''),
  col.uuid('staffId', '系统编号', false, '导出时生成，用于识别已登记人员，请勿修改；新增人员留空'),
] as const;
export type StaffImportRow = RowOf<typeof staffColumns>;

export const staffTemplate: ImportTemplate<typeof staffColumns> = {
  kind: 'staff',
  label: { zh: '实名制人员', en: 'Staff members' },
  columns: staffColumns,
  uniqueKeys: [
    { keys: ['staffId'], of: (r) => r.staffId },
    { keys: ['idNumber'], of: (r) => (birthDateOfId(r.idNumber) === null ? null : r.idNumber) },
  ],
  check: (r) => {
    const problems: RowProblem[] = [];
    const born = birthDateOfId(r.idNumber);
    if (born !== null && r.birthDate !== null && r.birthDate !== born) {
      problems.push({
        key: 'birthDate',
        message: {
          zh: `出生日期与身份证号不符（身份证号中为 ${born}）`,
          en: `Birth date differs from the ID number (${born})`,
        },
      });
    }
    if (born === null && r.staffId === null) {
      problems.push({
        key: 'idNumber',
        message: {
          zh: '脱敏身份证号只能用于导出后修改的行（须保留系统编号）；新增人员请填写完整身份证号',
          en: 'A masked ID number needs the exported system id; enter the full ID number for a new person',
        },
      });
    }
    if (r.secondedSince !== null && r.workUnitCreditCode === null) {
      problems.push({
        key: 'secondedSince',
        message: { zh: '填写借调开始日期时须填写实际工作单位', en: 'A secondment needs the unit worked at' },
      });
    }
    if (r.leaderRank !== null && r.leaderLevel === null) {
      problems.push({
        key: 'leaderLevel',
        message: { zh: '填写领导职务层次时须填写领导职务类别', en: 'A leader rank needs the leader level' },
      });
    }
    return problems;
  },
  examples: [
    {
      creditCode: EXAMPLE_CODE_1,
      unitName: EXAMPLE_UNIT_1,
      name: '张示范',
      idNumber: '990121198503120016',
      sex: 'male',
      birthDate: '1985-03-12',
      education: 'bachelor',
      staffingType: 'administrative',
      fundingForm: 'full',
      internalBody: null,
      post: '局长',
      grade: null,
      leaderLevel: 'unitHead',
      leaderRank: 'section',
      overRankApproved: false,
      entryDate: '2008-08-01',
      workUnitCreditCode: null,
      secondedSince: null,
      staffId: null,
    },
    {
      creditCode: EXAMPLE_CODE_2,
      unitName: EXAMPLE_UNIT_2,
      name: '李示例',
      idNumber: '990121199007250027',
      sex: 'female',
      birthDate: '1990-07-25',
      education: 'master',
      staffingType: 'institutional',
      fundingForm: 'full',
      internalBody: '疾病控制科',
      post: '科员',
      grade: '专业技术十级',
      leaderLevel: null,
      leaderRank: null,
      overRankApproved: false,
      entryDate: '2015-09-01',
      workUnitCreditCode: EXAMPLE_CODE_1,
      secondedSince: '2026-03-01',
      staffId: null,
    },
  ],
  notes: [
    identifiesUnit,
    '按身份证号识别人员：已登记的更新，未登记的新增；导入不会删除人员（出编请走出编手续）。',
    '导出文件中的身份证号为脱敏值，并带“系统编号”；保留二者即可修改该人员的其他信息。',
    '同一身份证号已登记在其他单位的，须在原单位的行上修改单位（保留系统编号），不能重复登记。',
    keepsMissing,
    examplesNote,
  ],
};
