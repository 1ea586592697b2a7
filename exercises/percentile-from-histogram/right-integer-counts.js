// Stay in whole numbers: compare 100 · (requests so far) with p · (all requests).
function percentile(recorded, p) {
  let total = 0;
  for (let i = 0; i < recorded.length; i++) total += recorded[i].count;
  let seen = 0;
  let i = 0;
  while (i < recorded.length - 1 && (seen + recorded[i].count) * 100 < p * total) {
    seen += recorded[i].count;
    i++;
  }
  return recorded[i].ms;
}
