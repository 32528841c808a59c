/**
 * What a sum can be the price of: "fees ranging from $90 for a lesson to $350 for a full day" —
 * the sum followed by "for …" is the fee for that, so the note says "misstated the fee for a full
 * day", not "a figure". A leaf module (it imports nothing).
 */
export const PRICE_NOUNS =
  'fee|fees|rate|rates|price|prices|fare|fares|charge|charges|cost|costs|toll|tolls|rent|rents|ticket|tickets|tariff|tariffs|premium|premiums|fine|fines|subscription|subscriptions|wage|wages|salary|salaries|bill|bills';
