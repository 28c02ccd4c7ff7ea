import { apiErrors } from '../../plugins/responses.ts';
import { campaignReaders, campaignWriters, expertReaders, expertWriters } from './campaigns.policy.ts';

/** What the campaign routes share: tags, error answers, access rules. */

export const campaignTags = ['campaigns'];
export const expertTags = ['experts'];

export const campaignErrors = apiErrors(400, 401, 403, 404, 409);

export const readAccess = { access: { roles: campaignReaders } };
export const writeAccess = { access: { roles: campaignWriters } };
export const expertReadAccess = { access: { roles: expertReaders } };
export const expertWriteAccess = { access: { roles: expertWriters } };
