// British and American spellings of one name: "Bayesian optimisation" is Bayesian optimization,
// "behaviour cloning" behavior cloning, "pseudo-labelling" pseudo-labeling; and a name written
// without its accents ("Frechet Inception Distance"). The lexicon writes a name once, in one
// spelling; a paper written in another still names it.

// -ize, -ization, -yze in American spelling. Not after an "s" (size, resize) nor in prize and seize.
const AMERICAN_IZE = /(?<![s]|\bpr|\bse)iz(e|es|ed|er|ers|ing|ation|ations)\b/g;
const AMERICAN_YZE = /yz(e|es|ed|er|ers|ing)\b/g;
// Words whose final l doubles before a suffix in British spelling.
const L_WORDS = String.raw`\b(model|label|signal|travel|tunnel|cancel|channel|level|fuel)`;
const SINGLE_L = new RegExp(String.raw`${L_WORDS}(ing|ed|er|ers)\b`, "g");
const DOUBLE_L = new RegExp(String.raw`${L_WORDS}l(ing|ed|er|ers)\b`, "g");
// Words in -or/-our, ending the word or before a suffix: "behavioral", "neighborhood",
// "colorization"; not "laboratory".
const OR_STEMS = String.raw`\b(behavi|col|neighb|fav|flav|hon|harb|hum|lab|vig|rum)`;
const OR_END = String.raw`(?=(?:s|al|ally|ed|ing|hoods?|ful|i[sz]ations?|i[sz]e[ds]?)?\b)`;
const OR_WORDS = new RegExp(String.raw`${OR_STEMS}or${OR_END}`, "g");
const OUR_WORDS = new RegExp(String.raw`${OR_STEMS}our${OR_END}`, "g");
// -isation only: -ise also ends words of both spellings (supervise, precise, noise).
const BRITISH_ISATION = /isation(s?)\b/g;

type Respelling = [RegExp, string];

const TO_BRITISH: Respelling[] = [
  [AMERICAN_IZE, "is$1"],
  [AMERICAN_YZE, "ys$1"],
  [SINGLE_L, "$1l$2"],
  [OR_WORDS, "$1our"],
  [/\bgray\b/g, "grey"],
  [/\bdefense\b/g, "defence"],
];
const TO_AMERICAN: Respelling[] = [
  [BRITISH_ISATION, "ization$1"],
  [DOUBLE_L, "$1$2"],
  [OUR_WORDS, "$1or"],
  [/\bgrey\b/g, "gray"],
  [/\bdefence\b/g, "defense"],
];

/** "Fréchet" -> "Frechet": letters without their combining marks (most accented names are eponyms). */
function withoutAccents(name: string): string {
  return /[\u00c0-\u024f]/.test(name) ? name.normalize("NFD").replace(/\p{M}/gu, "") : name;
}

function respell(name: string, respellings: readonly Respelling[]): string {
  return respellings.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), name);
}

/**
 * The name in the other spelling, where it has one: each form a paper may write besides `name`,
 * wholly British, wholly American, and with one word respelled ("grey wolf optimization").
 */
export function spellingVariants(name: string): string[] {
  const variants = new Set([respell(name, TO_BRITISH), respell(name, TO_AMERICAN), withoutAccents(name)]);
  for (const one of [...TO_BRITISH, ...TO_AMERICAN]) variants.add(respell(name, [one]));
  variants.delete(name);
  return [...variants];
}

/** The name in American spelling and without accents, as the map keys names: "image normalisation" is image normalization. */
export function americanSpelling(name: string): string {
  return withoutAccents(respell(name, TO_AMERICAN));
}
