import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { funcNarrativeFacts } from '../../src/lib/extract/funcNarrative.ts';

describe('funcNarrativeFacts', () => {
	it('reads budget and actual under a 类/款/项 line', () => {
		const text = '1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）。\n\n年初预算为 425.29 万元，支出决算为 425.36 万元，完成年初预算的 100.02%。';
		const facts = funcNarrativeFacts(makeContext(text, 2020)).map((f) => [f.func_code, f.value, f.phase]);
		expect(facts).toEqual([
			['2010308', 425.29, 'budget'],
			['2010308', 425.36, 'actual']
		]);
	});

	it('warns about a path it has no code for', () => {
		const ctx = makeContext('1、教育支出（类）普通教育（款）小学教育（项）。\n年初预算为 5 万元。', 2020);
		expect(funcNarrativeFacts(ctx)).toEqual([]);
		expect(ctx.warnings[0]!.code).toBe('func_path_unknown');
	});
});
