import { vocabulary } from '../registry/vocabulary.ts';

/**
 * Vocabularies the 实名制 sheet needs that the registry vocabulary does not define yet (DOMAIN.md
 * §3.3). Codes are what `staff_members` stores; when a staff module defines its own, these move
 * to `registry/vocabulary.ts`.
 */

/** 性别 */
export const sexes = vocabulary({
  male: { zh: '男', en: 'Male' },
  female: { zh: '女', en: 'Female' },
});
export type Sex = (typeof sexes.codes)[number];

/** 学历 (highest completed) */
export const educationLevels = vocabulary({
  doctorate: { zh: '博士研究生', en: 'Doctorate' },
  master: { zh: '硕士研究生', en: "Master's" },
  bachelor: { zh: '本科', en: "Bachelor's" },
  college: { zh: '大专', en: 'Junior college' },
  technical: { zh: '中专', en: 'Secondary technical' },
  highSchool: { zh: '高中', en: 'High school' },
  other: { zh: '其他', en: 'Other' },
});
export type EducationLevel = (typeof educationLevels.codes)[number];

/**
 * Named workload measures with a fixed code; any other measure name is stored as written.
 * `budget` is the yearly budget in 万元 (see the `workloads` table).
 */
export const workloadMeasures = vocabulary({
  budget: { zh: '预算（万元）', en: 'Budget (10k yuan)' },
});
