// Name-shaped tokens: what an author writes when naming a thing rather than describing it.
// Mixed case (PuzzleBen, WebRL), capitals (DPO, GUI-RC), letters with digits (GSM8K,
// Qwen2.5-VL-7B), stars, pluses and at-signs (ReST-MCTS*, REINFORCE++, Pass@k).

const ROMAN = /^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$/i;
// Counts and amounts, an approximate one too: "10K", "1,000", "3rd", "(5K+) videos".
const QUANTITY = /^\d+(?:[.,]\d+)*(?:[kKmMbBtT]\+?|x|X|st|nd|rd|th|s|D|GB|TB|GPU|GPUs|-GPU|%|ct|\+)?$/;
const MEASURE = /^\d+(?:\.\d+)?-?(?:[kKmMbB]|GPU|GPUs|shot|turn|step|stage|layer|way|bit|Bit|BIT|dim|D|d|x|k)$/;
// Words that are capitalised only because they start a title word: "Multi-Task", "Self-Play".
const TITLE_COMPOUND = /^\p{Lu}\p{Ll}+(?:-(?:\p{Lu}\p{Ll}*|to|of|and|the|in|for|with|a))+$/u;

const PLAIN_WORD = /^\p{Ll}[\p{Ll}-]*$|^\p{Lu}\p{Ll}+$/u;
// A count fused to a lower-case noun is a quantity: "12-epoch", "64-layer", "665K-sample", "2.1T-token", "3D-conditional".
// Spelled multipliers too: "3-billion-parameter", "7-million-token".
// ... and an ordinal fused to one: "7th-axis", "2nd-order".
// The noun may be a hyphenated phrase: "24-degree-of-freedom", "3-stage-of-training".
const COUNTED_NOUN = /^\d+(?:\.\d+)?[KkMmBbTD]?(?:-(?:thousand|million|billion|trillion))?(?:-\p{Ll}+)+$|^\d+(?:st|nd|rd|th)-\p{Ll}+$/u;
// A range of sizes is a span of checkpoints, not one: "16B-70B", "125M-1.3B", "3B-to-1B"; so is a bound on
// sizes ("sub-7B") and a range of speed-ups ("10-100X").
const SIZE_RANGE = /^\d+(?:\.\d+)?[KMBT]?-(?:to-)?\d+(?:\.\d+)?[KMBT]$|^(?:sub|super|over|under)-\d+(?:\.\d+)?[KMBT]?$|^\d+(?:\.\d+)?-\d+(?:\.\d+)?[xX×]$/;
// A range of levels or grades, or an open one, is a scale's span, not a name: "L1-L5", "A1-A2" (language
// levels), "L3+".
const LEVEL_RANGE = /^(\p{Lu})\d[-–]\1\d$|^\p{Lu}\d\+$/u;
// BibTeX citation keys left in the text: "li2024chain", "vaswani2017attention".
const CITATION_KEY = /^\p{Ll}{2,}(?:19|20)\d{2}\p{Ll}+$/u;
// Physical units and timing: "1.6 dB", "50 Hz", "30 ms".
// ... and degrees of freedom: "6-DoF", "7DoF", of one kind of joint too: "P-DoF", "3-P-DoF" (prismatic).
// ... and network generations: "5G".
// ... and a value fused to its unit: "100N", "12V", "5kW", "30mm", "2.5GHz", "500hz", "6.5km2" (bare,
// such units are letters a name may hold, N or V), a range of values too: "40-60ms".
export const UNITS = "dB|Hz|kHz|MHz|GHz|ms|mAh|kWh";
// An amount of data or a data rate fused to its value: "13.77MB", "100GB+", "22GiB", "1Gbps" (a
// model's size is written in B or M, never in bytes).
const DATA_UNITS = "[KMGTP]i?B|kB|[KkMGT]?bps|GFLOPs?|TFLOPs?";
const UNIT = new RegExp(
  `^(?:${UNITS}|dBFS|GB|MB|KB|kB|TB|Mbps|Gbps|pJ|nJ|fJ|mm2|cm2|[uμµ]m2|mW|[uμµ]W|kW|mV|mA)$|^(?:\\d+-?)?(?:[A-Z]-)?D[oO][Ff]s?$|^\\d+(?:\\.\\d+)?[μµ]s$|^[2-6]G$|^\\d+(?:\\.\\d+)?(?:[-–]\\d+(?:\\.\\d+)?)?(?:${UNITS}|N|kN|Nm|mN|W|kW|MW|mW|Wh|V|kV|mV|mA|J|kJ|Pa|kPa|MPa|GPa|mm|cm|km|nm|kg|mg|fps|FPS|hz|khz|mhz|ghz|[kcm]?m2)$|^\\d+(?:\\.\\d+)?(?:${DATA_UNITS})\\+?$`,
);
// A benchmark's named subsets: "SWE-bench Verified", "MMLU-Pro", "GSM8K-Hard" (after a space or a hyphen).
export const SUBSET_WORDS = "Hard|Pro|Plus|Lite|Mini|Full|Verified|Extended|Live";
// Makers of models and products, whose name before a product names who made it: "Google Gemini",
// "OpenAI's o4-mini", "Anthropic HH-RLHF".
export const VENDORS = "OpenAI|Google|DeepMind|Meta|NVIDIA|Nvidia|Anthropic|Microsoft|Alibaba|Mistral|Apple|Amazon|xAI|IBM|Baidu|Tencent|ByteDance|Hugging|Facebook|Salesforce|Huawei|Samsung";
// A version or split on its own is a fragment of a longer name: "V2", "v1.0", "val2017", "test-dev".
const FRAGMENT = /^[vV]\d+(?:\.\d+)*$|^(?:train|val|valid|test|dev|minival|trainval)\d{2,4}$|^(?:test|dev|val)-(?:dev|std|clean|other)$/;
// Accelerators are hardware, not entities: "A100", "H100", "V100", "RTX 4090", "TPUv4", "16 H100s".
// A maker fused in front ("NVIDIA-L20") and a memory size behind ("A100-80GB") keep it hardware,
// and so does a count of them fused in front ("8xH200", "48xGH200"); a kind of memory or processor
// is hardware too ("VRAM", "HBM3e", "NPUs"), and so are an FPGA's flip-flops and block RAMs ("FFs",
// "BRAMs"; not its LUTs, as a look-up table is a method too).
const HARDWARE = /^(?:\d+[xX×])?(?:(?:NVIDIA|Nvidia|AMD)-)?(?:[AHVPKL]\d{2,3}[Ss]?|A\d{4}|RTX ?\d{4}|GTX ?\d{3,4}|TPUv?\d|B200|G[BH]\d{3}|MI\d{3}X?)(?:-\d+GB)?$|^(?:VRAM|HBM\d?e?|DRAM|SRAM|NPUs?|FFs|BRAMs?|FPGAs?|MEMS|SoCs?|ASICs?|MCUs?|SSDs?|HDDs?|iGPUs?|dGPUs?|NICs?)$|^Cortex-[AMR]\d{1,2}$/;
// Number formats are data types, not methods: "FP16", "BF16", "INT8", "NF4", "W4A16", "W4A4G4", "MXFP4".
const NUMBER_FORMAT = /^(?:MX)?(?:FP|BF|INT|UINT|TF|NF|E\dM)\d{1,2}$|^(?:fp|bf|int|uint)\d{1,2}$|^W\d{1,2}A\d{1,2}(?:G\d{1,2})?(?:KV\d{1,2})?$/;
// Complexity classes and ASCII dashes are prose: "NP-hard", "PSPACE-complete", "layers---8x".
// ... and so are a negated class ("non-DRL methods"), a rank or level ("rank-1", "level-1") and an approximate value ("near-100").
const PROSE = /^#?(?:NP|P|PSPACE|EXPTIME|PPAD)-(?:hard|complete|completeness|hardness)$|--|^non-|^(?:level|rank|top|stage|step|phase|round|order|layer|type|class|tier|grade|group|part|case|hop|depth|width)-\d+$|^(?:near|over|under|about|around|up)-\d|^(?:by|of|to|in|on|at|for|from|with|than)\d/;
// ... a stage or level numbered in Roman numerals too: "Stage-II", "phase-III".
const ROMAN_RANK = /^(?:[Ll]evel|[Ss]tage|[Ss]tep|[Pp]hase|[Rr]ound|[Tt]ier|[Gg]rade|[Pp]art)-[IVX]+$/;
export function isNameShaped(word: string): boolean {
  if (isAsciiPlainWord(word) || PLAIN_WORD.test(word)) return false; // most tokens: "reward", "Recent"
  if (word.length < 2 || ROMAN.test(word) || QUANTITY.test(word) || MEASURE.test(word)) return false;
  if (COUNTED_NOUN.test(word) || SIZE_RANGE.test(word) || LEVEL_RANGE.test(word) || CITATION_KEY.test(word) || isJunkName(word)) return false;
  if (!/\p{L}/u.test(word)) return false;
  if (/[*+@]/.test(word)) return true;
  if (/\p{Ll}\p{Lu}/u.test(word)) return true; // internal capital: PuzzleBen, WebRL, CoT
  if (/\p{L}/u.test(word) && /\p{N}/u.test(word)) return /\p{L}{2}|\p{Lu}/u.test(word); // GSM8K, R1, longest6
  const capitals = word.match(/\p{Lu}/gu)?.length ?? 0;
  return capitals >= 2;
}

/**
 * PLAIN_WORD for ASCII words, read character by character: "reward", "long-context",
 * "Recent". Most tokens are such words, and the Unicode pattern costs more than this loop.
 */
function isAsciiPlainWord(word: string): boolean {
  const first = word.charCodeAt(0);
  const capitalised = first >= 65 && first <= 90;
  if (!capitalised && !(first >= 97 && first <= 122)) return false;
  if (capitalised && word.length < 2) return false;
  for (let k = 1; k < word.length; k++) {
    const code = word.charCodeAt(k);
    const lower = code >= 97 && code <= 122;
    if (!lower && (capitalised || code !== 45)) return false;
  }
  return true;
}

/** "Self-Monitor" is a name mid-sentence, but "Self-Improving" in a title is only title case. */
export function isTitleCompound(word: string): boolean {
  return TITLE_COMPOUND.test(word);
}

/** Words that continue a name: "Gemini 1.5 Pro", "AlpacaEval 2.0", "longest6 v2", "Qwen2.5-7B Instruct", "BigGen Bench". */
const CONTINUATION = /^(?:[vV]?\d+(?:\.\d+)*|Pro|Flash|Ultra|Mini|mini|Nano|Turbo|Opus|Sonnet|Haiku|Lite|Plus|Max|Instruct|Chat|Base|Verified|Hard|Zero|Bench)$/;
// Product tiers written after a model's release: "Gemini 3 Pro", "Phi 4 Mini", "GPT-4 Turbo".
// ... and the named sizes of a release: "Llama 4 Maverick", "Llama 4 Scout".
const MODEL_TIER = /^(?:Pro|Flash|Ultra|Mini|mini|Nano|Turbo|Opus|Sonnet|Haiku|Lite|Plus|Max|Maverick|Scout|Behemoth)$/;

export function continuesName(word: string): boolean {
  return CONTINUATION.test(word);
}

export function isModelTier(word: string): boolean {
  return MODEL_TIER.test(word);
}

/** Units, hardware and bare version or split tokens: never a name on their own. */
// Two sensors or modalities joined are a setting, not a name: "LiDAR-camera", "video-EEG".
const MODALITY = "(?:lidar|camera|video|image|audio|text|speech|rgb|depth|eeg|ecg|emg|ppg|eog|eda|gsr|acc|fmri|mri|ct|radar|imu|tactile|thermal|infrared|vision|visual|language|textual|acoustic)";
const MODALITY_PAIR = new RegExp(`^${MODALITY}-${MODALITY}$`, "i");
// ... and so are the two parties of an interaction: "human-AI", "human-robot", "LLM-user".
/** "Vision-Language", "LiDAR-camera": two modalities joined. */
export function isModalityPair(words: string): boolean {
  return MODALITY_PAIR.test(words);
}
const PARTY = "(?:human|ai|robot|llm|agent|user|machine|computer)";
const PARTY_PAIR = new RegExp(`^${PARTY}-${PARTY}$`, "i");

// A LaTeX font command left before its symbol: "$\\mathbf{\\Delta}$" read as "mathbfΔ".
const LATEX_FONT = /^(?:math(?:bf|rm|cal|bb|it|sf|tt|frak|scr)|text(?:bf|it|rm|sc|tt|sf)|boldsymbol|operatorname)/;
// ... and a relation or operator left before its number: "($\\lesssim 10$\\%)" read as "lesssim10".
// So is "$w \\gt 1$" ("gt1") and "$\\log N$" ("logN").
const LATEX_RELATION = /^(?:lesssim|gtrsim|approx|simeq|leq|geq|gt|lt|propto|times|cdot|pm)\d|^log(?:\d|\p{Lu}$)/u;
// A change of dimension is what a step does, not a name: "2D-to-3D", "2D-to-1D", "2.5D-to-3D".
const DIMENSION_CHANGE = /^\d(?:\.\d)?D-to-\d(?:\.\d)?D$/;
// Lower-case parts joined by a plus are a setting or a formula, not a name: "text+image", "t+1",
// "million+"; so is a lone lower-case letter ("b").
const LOWER_PLUS = /^[\p{Ll}\d]+(?:\+[\p{Ll}\d]*)+$/u;
const LONE_LETTER = /^\p{Ll}$/u;
// A word with a footnote's or a wildcard's star is no name: "improve*", "evaluation*" (a name with a
// star is written with a capital: "ReST-MCTS*", "A*").
const STARRED_WORD = /^\p{Ll}[\p{Ll}.]*\*$/u;
// A resolution on its own is a setting, not a name: "1440X1080", "360X180" (after a benchmark's
// name it is that benchmark's variant, which the lexicon scan reads: "ImageNet 256x256").
// ... or a video's lines ("480P", "1080p") and a count of pixels ("1px").
const BARE_RESOLUTION = /^\d{2,5}[xX×]\d{2,5}$|^\d{3,4}[pP]$|^\d+(?:\.\d+)?px$/;
// A stage or a part numbered against its word ("Phase1", "dataset1", a footnote's "benchmark1", a research question "RQ2") and a count of layers ("1-Layer") name no thing.
const NUMBERED_WORD = /^(?:[Pp]hase|[Ss]tage|[Ss]tep|[Rr]ound|[Pp]art|[Ll]evel|[Dd]ataset|[Mm]odel|[Tt]ask|[Bb]enchmark|[Ee]xperiment|[Bb]aseline|[Ss]etting|[Ss]cenario)\d{1,2}$|^RQ\d{1,2}$|^\d+-[Ll]ayers?$/;
// A manner, not a name: "Line-by-Line", "step-by-step", "layer-by-layer".
const ONE_BY_ONE = /^(\p{L}+)-by-\1$/iu;
// A pair of sizes is a setting ("Large-Small" model pairs), a run of X a redacted name ("XXXX").
const SIZE_PAIR = /^(?:Large|Small|Base|Tiny|Huge|Medium)-(?:Large|Small|Base|Tiny|Huge|Medium)$/i;
const PLACEHOLDER = /^X{3,}$/;
// A transpose left from LaTeX: "$X^\\top X$" read as "X^topX".
const LATEX_TRANSPOSE = /\^\\?top/;
// One letter with a script is a symbol of a formula, not a name: "a vector space $R^D$", "x_t".
const SCRIPTED_SYMBOL = /^\p{L}[\^_]/u;
// Two sentences glued where a space was lost after the full stop: "for models.MaMe achieves", or a
// sentence and the number of a listed item: "magnitude parameters.2) Distribution ...".
const GLUED_SENTENCES = /^\p{Ll}{2,}\.\p{Lu}|^\p{Ll}{3,}\.\d$/u;
const MARKED_RELEASE = /^[vV]\d+(?:\.\d+)*(?:-[\p{L}\p{N}.]+)?$/u;

/** A release marked by its v, which may be whole and carry a size: "v2", "V3", "v0.1-1T". */
export function isMarkedRelease(word: string): boolean {
  return MARKED_RELEASE.test(word);
}
// A standard's number is a protocol, not a method: "802.11be", "802.15.4".
const STANDARD_NUMBER = /^802\.\d{1,2}(?:\.\d)?[a-z]{0,2}$/;
// A venue and its year is where a paper appeared, not data: "AIED 2024", "CVPR2025", "NeurIPS 2024".
const VENUE_YEAR = /^(?:NeurIPS|NIPS|ICML|ICLR|ACL|EMNLP|NAACL|EACL|COLING|CVPR|ICCV|ECCV|WACV|AAAI|IJCAI|KDD|WWW|SIGIR|CIKM|WSDM|AIED|CHI|UIST|ICRA|IROS|CoRL|MICCAI|INTERSPEECH|Interspeech|ICASSP)[\s-]?(?:19|20)\d{2}$/;

// A part of the document written against its number: "(see Fig.1)", "Eq.3", "Tab.2", "Sec.4.1".
const DOCUMENT_PART = /^(?:Figs?|Eqs?|Tabs?|Secs?|Alg|Thm|Appx?)\.\d/;

// An isotope an NMR spectrum is taken of ("1H and 13C NMR"), and a value with its spread ("12.6+-2.99letters").
const ISOTOPE = /^\d{1,3}(?:H|C|N|O|F|P)$/;
// A compound's formula, with a count and an element of two letters: "MgB2", "CaO2", "TiO2" (not CoCa or MoCo, which are names).
const ELEMENT = "(?:He|Li|Be|Ne|Na|Mg|Al|Si|Cl|Ar|Ca|Sc|Ti|Cr|Mn|Fe|Co|Ni|Cu|Zn|Ga|Ge|As|Se|Br|Kr|Rb|Sr|Zr|Nb|Mo|Ru|Rh|Pd|Ag|Cd|In|Sn|Sb|Te|Xe|Cs|Ba|La|Ce|Nd|Gd|Hf|Ta|Re|Os|Ir|Pt|Au|Hg|Tl|Pb|Bi|H|B|C|N|O|F|P|S|K|V|Y|I|W|U)";
const CHEMICAL_FORMULA = new RegExp(`^(?=.*\\d)(?=.*\\p{Ll})(?:${ELEMENT}\\d*){2,}$`, "u");
const VALUE_AND_SPREAD = /^\d+(?:\.\d+)?(?:\+-|±)\d/;

export function isJunkName(word: string): boolean {
  return UNIT.test(word) || ISOTOPE.test(word) || VALUE_AND_SPREAD.test(word) || CHEMICAL_FORMULA.test(word) || FRAGMENT.test(word) || HARDWARE.test(word) || NUMBER_FORMAT.test(word) || PROSE.test(word) || ROMAN_RANK.test(word) || MODALITY_PAIR.test(word) || PARTY_PAIR.test(word) || LATEX_FONT.test(word) || LATEX_RELATION.test(word) || DIMENSION_CHANGE.test(word) || ONE_BY_ONE.test(word) || BARE_RESOLUTION.test(word) || STARRED_WORD.test(word) || LOWER_PLUS.test(word) || LONE_LETTER.test(word) || SIZE_PAIR.test(word) || PLACEHOLDER.test(word) || LATEX_TRANSPOSE.test(word) || SCRIPTED_SYMBOL.test(word) || GLUED_SENTENCES.test(word) || DOCUMENT_PART.test(word) || NUMBERED_WORD.test(word) || VENUE_YEAR.test(word) || STANDARD_NUMBER.test(word) || CODE_IDENTIFIER.test(word);
}

// A lower-case snake_case word is code, a file or a package ("ros2_fanuc_interface", "imo_2019_p1"),
// not a name a paper gives its method or data (SafeMTData_1K, HH_RLHF).
const CODE_IDENTIFIER = /^[a-z0-9]+(?:_[a-z0-9]+)+$/;

// Group and function notation: "SE(3)", "SO(3)", "E(n)", "O(n log n)", "GL(n)".
const NOTATION_AFTER = /^\((?:\d+|[a-zA-Z](?:\s*[-+*^]\s*\w+)?|\w+(?:\s+\w+)*)\)/;

/**
 * A short capital name written right against "(" is mathematical notation: SE(3) equivariance, O(n)
 * memory. So is an MRI contrast weighting: "T1-weighted images" (T1 and T2 are relaxation times).
 */
export function isNotation(word: string, after: string): boolean {
  return (/^\p{Lu}{1,3}$/u.test(word) && NOTATION_AFTER.test(after)) || (/^T[12]\*?$/.test(word) && after.startsWith("-weighted"));
}

// Names right after a hardware maker are devices: "Unitree Go2", "NVIDIA A6000", "Jetson Orin".
const HARDWARE_MAKER = /\b(?:NVIDIA|Nvidia|Unitree|Franka(?: Emika)?|Jetson|Intel|AMD|Qualcomm|Snapdragon|Raspberry Pi|Kinova|UR|xArm|WidowX|Boston Dynamics)\s+$/;

export function followsHardwareMaker(before: string): boolean {
  return HARDWARE_MAKER.test(before);
}

// A name before a device or interface word names the thing, not a method: "LEAP Hand",
// "Franka arm", "REST APIs", "ZED camera".
const DEVICE_AFTER = /^[ \t]+(?:Hand|hand|Gripper|gripper|arm|Arm|robot|Robot|humanoid|quadruped|camera|sensor|APIs?|protocol|chip|GPUs?|board)\b/;
// A cut-off before a noun other than a measure is a selection rule: "top-2 gating", "top-5 routing".
const RANK_RULE = /^top-\d+$/i;
const RANK_MEASURE_AFTER = /^[ \t]*(?:accuracy|acc|error|err|precision|recall|rate|score|[-–,;.)(]|$)/i;

/** "LEAP Hand", "REST APIs": a name that only labels hardware or an interface. */
export function namesDevice(after: string): boolean {
  return DEVICE_AFTER.test(after);
}

/** "top-2 gating" is a routing rule, "top-1 accuracy" or "a top-5 of 91%" is a measure. */
export function isRankRule(word: string, after: string): boolean {
  return RANK_RULE.test(word) && !RANK_MEASURE_AFTER.test(after);
}

// A release number: "1.5", "2", "15", "v1.0", "V2" (not a score such as "49.8").
const VERSION = /^(?:\d(?:\.\d)?|\d{2}|[vV]\d+(?:\.\d+)*)$/;
// Size tiers of released checkpoints: "Whisper large-v3", "BERT base", "Octo Small".
const VARIANT = /^(?:tiny|small|base|medium|large|huge|giant|Tiny|Small|Base|Medium|Large|Huge|Giant|XS|XL|XXL)(?:-v\d+)?$/;

// The resolution a benchmark is run at, written as one token: "64x64", "512×512".
export const RESOLUTION = /^\d{2,4}[x×]\d{2,4}$/;

/** A resolution named with an x, however the times sign was written: "512×512", "256 × 256" -> "512x512", "256x256". */
export function resolutionName(written: string): string {
  return written.replace(/ ?× ?/g, "x");
}

// A second or later edition in Roman numerals: "CASME II", "MIMIC III".
const ROMAN_EDITION = /^(?:II|III|IV)$/;

export function isRomanEdition(word: string): boolean {
  return ROMAN_EDITION.test(word);
}

export function isVersionWord(word: string): boolean {
  return VERSION.test(word);
}

export function isVariantWord(word: string): boolean {
  return VARIANT.test(word);
}
