export const LEVEL_LABEL: Record<string, string> = {
	province: '省级',
	prefecture: '地级市',
	county: '县',
	district: '市辖区'
};

export const SCOPE_LABEL: Record<string, string> = {
	all_funds: '全部资金',
	general_public_budget: '一般公共预算财政拨款'
};

export const SCOPE_SHORT: Record<string, string> = {
	all_funds: '全口径',
	general_public_budget: '财政拨款'
};
