/**
 * The configuration reader's operators and functions, each seen where a user sees it: the name of
 * a workload whose `instance_name` is the expression. An expression Decamp cannot work out leaves
 * the resource's own label as its name. Answers worked out by hand from Terraform's documented
 * functions (element wraps round the list; keys sorts; values follows the sorted keys; format's
 * widths and `%d`), and from Decamp's own rules where Terraform would need the apply (a false side
 * settles `&&` even when the other is unknown; `==` compares as text, as 0.11 configurations expect).
 */
import { describe, expect, it } from 'vitest';
import { file, run } from './helpers';

/** Each case's workload name, by its resource label. */
async function namesOf(cases: Readonly<Record<string, string>>, prelude = ''): Promise<Record<string, string>> {
  const resources = Object.entries(cases).map(([label, expr]) => `resource "alicloud_instance" "${label}" {\n  instance_name = ${expr}\n}\n`);
  const out = await run(file('main.tf', `${prelude}\n${resources.join('')}`));
  return Object.fromEntries(out.fragment.workloads.map((w) => [w.notes.replace('Terraform alicloud_instance.', ''), w.name]));
}

const expectNames = async (cases: Readonly<Record<string, readonly [string, string]>>, prelude = '') => {
  const got = await namesOf(Object.fromEntries(Object.entries(cases).map(([label, [expr]]) => [label, expr])), prelude);
  expect(got).toEqual(Object.fromEntries(Object.entries(cases).map(([label, [, want]]) => [label, want])));
};

describe('HCL operators', () => {
  it('arithmetic by precedence, division and remainder, and no answer for a division by zero', () =>
    expectNames({
      precedence: ['format("n%d", 7 - 2 * 3)', 'n1'],
      parens: ['format("n%d", (7 - 2) * 3)', 'n15'],
      divide: ['format("n%v", 7 / 2)', 'n3.5'],
      truncated: ['format("n%d", 7 / 2)', 'n3'],
      remainder: ['format("n%d", 7 % 4)', 'n3'],
      plus: ['format("n%d", 2 + 3)', 'n5'],
      by_zero: ['format("n%d", 5 / 0)', 'by_zero'],
      mod_zero: ['format("n%d", 5 % 0)', 'mod_zero'],
      minus_text: ['format("n%d", -"3" + 10)', 'n7'],
    }));

  it('comparisons at and either side of equality', () =>
    expectNames({
      lt: ['3 < 3 ? "lt-yes" : "lt-no"', 'lt-no'],
      lt2: ['2 < 3 ? "lt2-yes" : "lt2-no"', 'lt2-yes'],
      le: ['3 <= 3 ? "le-yes" : "le-no"', 'le-yes'],
      le2: ['4 <= 3 ? "le2-yes" : "le2-no"', 'le2-no'],
      gt: ['3 > 3 ? "gt-yes" : "gt-no"', 'gt-no'],
      gt2: ['4 > 3 ? "gt2-yes" : "gt2-no"', 'gt2-yes'],
      ge: ['3 >= 3 ? "ge-yes" : "ge-no"', 'ge-yes'],
      ge2: ['2 >= 3 ? "ge2-yes" : "ge2-no"', 'ge2-no'],
      text_eq: ['"2" == 2 ? "eq-yes" : "eq-no"', 'eq-yes'],
      text_ne: ['"2" != 2 ? "ne-yes" : "ne-no"', 'ne-no'],
    }));

  it('a known false settles && and a known true settles ||, whatever the other side; otherwise no answer', () =>
    expectNames(
      {
        and_false: ['var.unset && false ? "and-yes" : "and-no"', 'and-no'],
        or_true: ['var.unset || true ? "or-yes" : "or-no"', 'or-yes'],
        and_unknown: ['var.unset && true ? "a" : "b"', 'and_unknown'],
        or_unknown: ['false || var.unset ? "a" : "b"', 'or_unknown'],
        not_unknown: ['!var.unset ? "a" : "b"', 'not_unknown'],
        not_false: ['!false ? "not-yes" : "not-no"', 'not-yes'],
        not_true: ['!true ? "nt-yes" : "nt-no"', 'nt-no'],
        text_bool: ['"true" && true ? "text-yes" : "text-no"', 'text-yes'],
        cond_unknown: ['var.unset ? "then" : "else"', 'cond_unknown'],
        plus_text: ['format("n%d", "a" + 1)', 'plus_text'],
      },
      'variable "unset" {}',
    ));
});

describe('HCL functions', () => {
  it('length of a string, a list and a map; lookup with and without its default', () =>
    expectNames({
      len_string: ['format("len%d", length("héllo"))', 'len5'],
      len_list: ['format("len%d", length(["a", "b", "c"]))', 'len3'],
      len_map: ['format("len%d", length({ a = 1, b = 2 }))', 'len2'],
      len_none: ['format("len%d", length())', 'len_none'],
      lookup_hit: ['lookup({ a = "found" }, "a", "default")', 'found'],
      lookup_miss: ['lookup({ a = "found" }, "b", "fallback")', 'fallback'],
      lookup_none: ['lookup({ a = "found" }, "b")', 'lookup_none'],
      lookup_unknown: ['lookup(var.unset, "a", "dflt")', 'lookup_unknown'],
    }, 'variable "unset" {}'));

  it('element wraps round; keys sorted; values in the keys’ order; concat, split and join', () =>
    expectNames({
      element: ['element(["e0", "e1", "e2"], 4)', 'e1'],
      element_first: ['element(["f0", "f1"], 0)', 'f0'],
      keys: ['join(",", keys({ b = 1, a = 2, c = 3 }))', 'a,b,c'],
      values: ['join(",", values({ b = "vb", a = "va", c = "vc" }))', 'va,vb,vc'],
      concat: ['join("+", concat(["c1"], ["c2", "c3"]))', 'c1+c2+c3'],
      concat_bad: ['join("+", concat(["c1"], "c2"))', 'concat_bad'],
      split: ['join("/", split(",", "s1,s2"))', 's1/s2'],
      flatten_unknown: ['format("len%d", length(flatten(var.unset)))', 'flatten_unknown'],
      join_unknown: ['join(",", ["j1", var.unset])', 'join_unknown'],
    }, 'variable "unset" {}'));

  it('coalesce, try, the conversions and the case functions', () =>
    expectNames(
      {
        coalesce: ['coalesce("", "co-x", "co-y")', 'co-x'],
        try: ['try(local.missing, "tried")', 'tried'],
        tostring: ['format("ts-%s", tostring(42))', 'ts-42'],
        tonumber: ['format("tn-%d", tonumber("12") + 1)', 'tn-13'],
        tonumber_bad: ['format("tn-%s", tonumber("abc"))', 'tonumber_bad'],
        tolist: ['join(",", tolist(["tl"]))', 'tl'],
        lower: ['lower("LoWeR-X")', 'lower-x'],
        upper: ['upper("upper")', 'UPPER'],
        trimspace: ['format("[%s]", trimspace("  trimmed  "))', '[trimmed]'],
        min: ['format("min%d", min(3, 1, 2))', 'min1'],
        max: ['format("max%d", max(3, 5, 2))', 'max5'],
        contains: ['contains(["x", "y"], "y") ? "has-y" : "no-y"', 'has-y'],
        lacks: ['contains(["x", "y"], "z") ? "has-z" : "no-z"', 'no-z'],
        contains_unknown: ['contains(["x"], var.unset) ? "has-u" : "no-u"', 'contains_unknown'],
        unknown_fn: ['file("name.txt")', 'unknown_fn'],
      },
      'variable "unset" {}',
    ));

  it('format pads to a width, with zeros or on the left, and leaves a longer value whole', () =>
    expectNames({
      zeros: ['format("web-%03d", 7)', 'web-007'],
      spaces: ['format("[%4s]", "ab")', '[  ab]'],
      left: ['format("[%-4s]", "ab")', '[ab  ]'],
      longer: ['format("[%2s]", "abcd")', '[abcd]'],
      missing_arg: ['format("%s-%s", "one")', 'missing_arg'],
    }));

  it("reads a nested block of another resource by its type, each block of a type kept", () =>
    expectNames(
      {
        block_attr: ['random_pet.p.tagset[0].label', 'from-block'],
        block_count: ['format("rules-%d", length(random_pet.p.rules[0].rule))', 'rules-2'],
      },
      'resource "random_pet" "p" {\n  other {\n    label = "wrong"\n  }\n  tagset {\n    label = "from-block"\n  }\n  rules {\n    rule {\n      port = 80\n    }\n    rule {\n      port = 443\n    }\n  }\n}',
    ));

  it('indexes a map by key and a list by a numeric string', () =>
    expectNames(
      {
        map_index: ['local.sizes["big"]', 'huge'],
        list_text_index: ['local.zones["1"]', 'zone-b'],
        two_digit_index: ['format("letter-%s", local.letters["10"])', 'letter-k'],
        out_of_range: ['local.zones[5]', 'out_of_range'],
      },
      'locals {\n  sizes = { big = "huge" }\n  zones = ["zone-a", "zone-b"]\n  letters = split(",", "a,b,c,d,e,f,g,h,i,j,k")\n}',
    ));
});
