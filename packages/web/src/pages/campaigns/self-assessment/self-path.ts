/** The path of a target's self-assessment form (also the link of its notifications). */
export const selfAssessmentPath = (campaignId: string, unitId: string) =>
  `/campaigns/${campaignId}/self-assessment/${unitId}`;
