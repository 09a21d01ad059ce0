/** Reports (报表, §8): the catalogue, generated stage-one reports and the managers' dashboard. */
export const reports = {};
