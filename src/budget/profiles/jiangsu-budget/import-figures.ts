/**
 * A figure as the standard sentences of 第三部分 情况说明 state it: its amount in 万元 and what the
 * template prints after it (share, change on last year, rate).
 */
import { signedDecimalText } from "../../format";

/** A number as printed (16,458.75), captured; AMOUNT is one in 万元. */
export const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)`;
export const AMOUNT = String.raw`${NUM}万元`;

export interface Stated {
  amount: string;
  change?: string;
  rate?: string;
  times?: number;
  share?: string;
}

/**
 * What the template prints after a figure: its share (，占本年支出合计的99.94%), what it is for
 * (，主要用于…。), its change on last year (与上年相比[，…]增加|减少 X万元, 比上年预算数增加 X万元,
 * 本年数小于上年预算数 X万元, 与上年一致), an aside in brackets, and the rate (增长 22%, 降幅 9.1%,
 * 增长 16 倍; "减少 9.52，" without its % is still the rate). All optional, so it always matches.
 */
const AFTER_AMOUNT = new RegExp(
  String.raw`^(?:，占[^，。；\d]{0,12}?${NUM}%)?(?:，主要用于[^。]*)?[，。]?` +
    String.raw`(?:(?:与上年相比|比上年(?:相比)?(?:预算数?)?)，?[^，。；\d]{0,16}?(增加|减少)${AMOUNT}` +
    String.raw`|本年数(小于|大于)上年预算数?${AMOUNT}|((?:与|比)上年(?:预算数?)?(?:相等|一致|持平)))?` +
    String.raw`(?:（[^）]*）)?(?:[，,]?(?:增长|增幅|减少|降幅|下降)${NUM}(?:(%)|(倍)|(?=[，。；])))?`,
);

/** The figure at the start of `rest` (after a label), with what the template prints after it. */
export const statedAt = (rest: string): Stated | undefined => {
  const amount = new RegExp(String.raw`^[^\d，。；]{0,8}?${AMOUNT}`).exec(rest);
  if (!amount) return undefined;
  const after = AFTER_AMOUNT.exec(rest.slice(amount[0].length))!;
  const [, share, direction, change, compared, difference, same, rate, , times] = after;
  const out: Stated = { amount: amount[1]! };
  if (share !== undefined) out.share = share;
  if (direction !== undefined) out.change = signedDecimalText(change!, direction === "减少");
  else if (compared !== undefined) out.change = signedDecimalText(difference!, compared === "小于");
  else if (same !== undefined) out.change = "0";
  // A rate is one of a change; "增长 16 倍" is `times`.
  if (rate !== undefined && out.change !== undefined) {
    if (times !== undefined) out.times = Number(rate);
    else out.rate = rate;
  }
  return out;
};

/** The first place the label is followed by its figure. */
export const statedAfter = (text: string, label: string): Stated | undefined => {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    const found = statedAt(text.slice(at + label.length));
    if (found) return found;
  }
  return undefined;
};
