/**
 * Hwang & Yoon's fighter-aircraft decision matrix (Hwang, C.-L. & Yoon, K., Multiple Attribute
 * Decision Making, Springer 1981, the running example of ch. 3; reproduced in most TOPSIS
 * tutorials): 4 aircraft × maximum speed, ferry range, maximum payload, acquisition cost (a
 * cost), reliability, manoeuvrability (the last two already on Hwang & Yoon's interval scale).
 * Shared by the entropy and TOPSIS tests.
 */
export const aircraft = {
  matrix: [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
  ],
  benefit: [true, true, true, false, true, true],
  weights: [0.2, 0.1, 0.1, 0.1, 0.2, 0.3],
};
