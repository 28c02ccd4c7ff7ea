import type { Random } from './random.ts';

/**
 * The hundred commonest surnames with their approximate share of the population (per mille,
 * after the 2020 census tables published by the Ministry of Public Security), plus two compound
 * surnames, so the demo's name list looks like a real county's.
 */
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 71],
  ['李', 70],
  ['张', 68],
  ['刘', 54],
  ['陈', 46],
  ['杨', 31],
  ['黄', 23],
  ['赵', 22],
  ['吴', 20],
  ['周', 19],
  ['徐', 15],
  ['孙', 15],
  ['马', 14],
  ['朱', 13],
  ['胡', 13],
  ['郭', 12],
  ['何', 12],
  ['高', 11],
  ['林', 11],
  ['罗', 11],
  ['郑', 10],
  ['梁', 10],
  ['谢', 8],
  ['宋', 8],
  ['唐', 8],
  ['许', 7],
  ['韩', 7],
  ['冯', 7],
  ['邓', 7],
  ['曹', 7],
  ['彭', 6],
  ['曾', 6],
  ['肖', 6],
  ['田', 6],
  ['董', 5],
  ['袁', 5],
  ['潘', 5],
  ['于', 5],
  ['蒋', 5],
  ['蔡', 5],
  ['余', 5],
  ['杜', 5],
  ['叶', 4],
  ['程', 4],
  ['苏', 4],
  ['魏', 4],
  ['吕', 4],
  ['丁', 4],
  ['任', 4],
  ['沈', 4],
  ['姚', 4],
  ['卢', 4],
  ['姜', 4],
  ['崔', 4],
  ['钟', 3],
  ['谭', 3],
  ['陆', 3],
  ['汪', 3],
  ['范', 3],
  ['金', 3],
  ['石', 3],
  ['廖', 3],
  ['贾', 3],
  ['夏', 3],
  ['韦', 3],
  ['付', 3],
  ['方', 3],
  ['白', 3],
  ['邹', 3],
  ['孟', 3],
  ['熊', 3],
  ['秦', 3],
  ['邱', 3],
  ['江', 3],
  ['尹', 3],
  ['薛', 2],
  ['闫', 2],
  ['段', 2],
  ['雷', 2],
  ['侯', 2],
  ['龙', 2],
  ['史', 2],
  ['陶', 2],
  ['黎', 2],
  ['贺', 2],
  ['顾', 2],
  ['毛', 2],
  ['郝', 2],
  ['龚', 2],
  ['邵', 2],
  ['万', 2],
  ['钱', 2],
  ['严', 2],
  ['覃', 2],
  ['武', 2],
  ['戴', 2],
  ['莫', 2],
  ['孔', 2],
  ['向', 2],
  ['汤', 2],
  ['欧阳', 0.3],
  ['司马', 0.1],
];

/** Given-name characters; older generations favour the first lists, younger the later ones. */
const MALE_OLD = [...'国建军志文明华平德强春海永兴庆东红忠福林祥荣'];
const MALE_NEW = [...'伟磊勇杰涛斌超鹏辉飞鑫波宇浩凯健俊帆旭宁龙阳峰亮成晨瑞博宏坤锋振睿轩'];
const FEMALE_OLD = [...'秀英桂芳兰玉珍凤红梅霞华丽美淑翠琴云萍'];
const FEMALE_NEW = [...'娜敏静艳娟燕玲婷雪慧莉琳颖洁倩欣怡佳悦琪晶蕾璐瑶薇楠丹莹雯露'];
const NEUTRAL = [...'文晓子思雨嘉一明海春'];

/**
 * A plausible full name for someone of that sex born in that year: a surname by frequency and a
 * one- or two-character given name (one character is commoner among older people).
 */
export function makeName(rnd: Random, sex: 'male' | 'female', birthYear: number): string {
  const surname = rnd.weighted(SURNAMES);
  const old = birthYear < 1975;
  const pool = sex === 'male' ? (old ? MALE_OLD : MALE_NEW) : old ? FEMALE_OLD : FEMALE_NEW;
  const other = sex === 'male' ? (old ? MALE_NEW : MALE_OLD) : old ? FEMALE_NEW : FEMALE_OLD;
  const char = () =>
    rnd.chance(0.75) ? rnd.pick(pool) : rnd.chance(0.5) ? rnd.pick(other) : rnd.pick(NEUTRAL);
  const single = rnd.chance(old ? 0.35 : 0.15);
  if (single) return surname + char();
  let second = char();
  const first = char();
  while (second === first && rnd.chance(0.9)) second = char();
  return surname + first + second;
}
