// Long forms whose letters name no entity of the map: a class of things, a physical thing or
// quantity, people, a condition of health, an institution or a place ("Unmanned Aerial Vehicle
// (UAV)", "healthcare providers (HCPs)", "World Health Organization (WHO)"), and descriptions
// ("training-free (TF)", "high-resolution (HR)", "natural language (NL)").

import { isModalityPair } from "./names";
import { namesLanguage } from "./nlp";

// A plural short form spelled out as a kind of model or robot names a class of things, not one:
// "foundation models (FMs)", "soft continuum robots (SCRs)". Architectures (GNNs, ViTs) are
// named by their own heads (networks, transformers) and stay.
const CLASS_DEFINITION = /\b(?:models|robots)$/i;
// A long form whose head is a physical thing names a kind of thing, singular or plural: "Unmanned
// Aerial Vehicle (UAV)", "Deformable Linear Objects (DLOs)".
// The things a method acts on or runs on are not the method.
// ... and what people wear or drive through: "head-mounted displays (HMDs)", "signalised intersections (SI)", "base station (BS)", "access point (AP)", "microgrid (MG)".
const THING_DEFINITION = /\b(?:vehicles?|objects?|drones?|aircraft|vessels?|boats?|satellites?|devices?|sensors?|cameras?|grippers?|manipulators?|displays?|headsets?|glasses|intersections?|roads?|buildings?|stations?|access points?|microgrids?)$/i;
// ... and a physical quantity: "radio frequency (RF)", "direct current (DC)"; not a rate of one,
// which is a measure ("rate-of-change-of-frequency (RoCoF)").
const QUANTITY_DEFINITION = /^(?!rate\b).*\b(?:frequency|frequencies|voltage|current|temperature|pressure|humidity)$/i;
// Nor are the people who take part: "healthcare providers (HCPs)", "general practitioners (GPs)";
// a task done for them is still a task ("speech intelligibility prediction for hearing-impaired people
// (SIP-HI)"), and so is a method named after them ("Stepwise Cognitive Optimization Using Teachers (SCOUT)").
const PEOPLE_DEFINITION = /^(?!.*\b(?:for|of|with|by|using|via|from|to|in|on|through)\b).*\b(?:providers?|practitioners?|users?|patients?|clinicians?|physicians?|workers?|participants?|annotators?|students?|teachers?|individuals?|people|persons?)$/i;
// A disease or another condition of health: "Alzheimer's disease and related dementias (ADRD)";
// the condition is the long form's head, not what a dataset or a network is for ("Atypical Mitosis
// dataset for Breast Cancer (AMi-Br)", "... Network for noncommunicable diseases (POPCORN)").
// So is a part of the body a paper measures: "posterior parietal cortex (PPC)", "Red blood cells (RBCs)".
// And a growth by its kind: "glioblastoma (GBM)", "intraductal papillary mucinous neoplasms (IPMN)".
const CONDITION_DEFINITION = /^(?!.*\b(?:for|of|on|in|with|by)\s).*\b(?:diseases?|disorders?|syndromes?|cancers?|impairments?|dementias?|infections?|injur(?:y|ies)|\w*(?:carcin|gli|blast|lymph|melan|aden|sarc|mening|my|neur|fibr|lip|terat|hepat|mesotheli)omas?|neoplasms?|tumou?rs?|lesions?|cortex|cells)$/i;
// An institution, named in capitals by its head, is who did something, not what was done:
// "Government Accountability Office (GAO)", "World Health Organization (WHO)".
const ORGANISATION_HEAD = "(?:Office|Agency|Administration|Department|Ministry|Bureau|Institute|University|Association|Organi[sz]ation|Council|Commission|Foundation|Committee|Consortium|Society|Laborator(?:y|ies)|Corporation|Authority)";
// A place, named in capitals by its kind, is where something was done: "Hong Kong Island (HKI)",
// "Harris County (HC)"; not State or Region, which end method names too ("Matrix Product State (MPS)",
// "Contact Trust Region (CTR)").
const ORGANISATION = new RegExp(String.raw`\b(?:${ORGANISATION_HEAD}|City|County|Province|Island|District)$`);
// ... or by its head before "of" or "for" when the head opens it: "Institute of Chartered
// Accountants of India (ICAI)", "National Institute of Standards and Technology (NIST)".
const ORGANISATION_OF = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+ )*${ORGANISATION_HEAD} (?:of|for) \p{Lu}`, "u");

// A long form that ends in an adjective abbreviates a description, not a name: "training-free
// (TF)", "human-robot collaborative (HRC)", "high-level (HL)", "End-to-End (E2E)", "discrete-time (DT)",
// "quasi-steady-state (QSS)", "line-of-sight (LoS)". Its letters stand for no entity.
const ADJECTIVE_END = /-(?:time|state|of-sight)$|(?:^|[\s-])(?:free|based|aware|driven|guided|agnostic|specific|level|grained|to-end|of-the-art|dimensional|\p{L}+(?:ive|ous|ful|less|able|ible))$/iu;

// ... and so does one word of a degree and what it qualifies: "high-resolution (HR)", "low-light (LL)".
const DEGREE_WORD = /^(?:high|low|full|mid)-\p{L}+$/iu;

// One adjective of a field or a part of the body, or a place out of or in something, describes
// too: "Gastrointestinal (GI)", "out-of-context (OOC)".
const ONE_ADJECTIVE = /^(?:\p{L}+(?:al|ic|ar)|(?:out-of|in)-\p{L}+)$/iu;

export function describesOnly(long: string): boolean {
  return ADJECTIVE_END.test(long.trim()) || DEGREE_WORD.test(long.trim());
}

// Language as the medium a system reads or writes; a kind of language built for a purpose stays a
// name of its own ("domain-specific language (DSL)").
const MEDIUM_LANGUAGE = /^(?:natural|sign|spoken|written|human|source|target)\s+languages?$/i;

// The people a description is of, named right after its letters: "blind and low-vision (BLV) users".
const PEOPLE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:users?|participants?|patients?|individuals?|people|persons?|students?|children|adults?|learners?|speakers?|drivers?)\b/;

function namesAClass(short: string, long: string): boolean {
  return (/\p{Lu}s$/u.test(short) && CLASS_DEFINITION.test(long.trim())) || THING_DEFINITION.test(long.trim()) || QUANTITY_DEFINITION.test(long.trim()) || PEOPLE_DEFINITION.test(long.trim()) || ORGANISATION.test(long.trim()) || ORGANISATION_OF.test(long.trim());
}

/**
 * Two modalities joined describe a setting, once no term goes on after them: "Vision-Language
 * (VL) models" (but "RGB-thermal (RGB-T) semantic segmentation" is a task, which scan-definitions.ts
 * takes before it asks). So does one describing word ("Gastrointestinal (GI) bleeding"; but
 * "gastrointestinal (GI) image analysis"), a language or a people ("Southeast Asian (SEA)
 * languages", "Modern Standard Arabic (MSA)"), and the medium language itself ("natural language
 * (NL)", "sign language (SL)").
 */
export function describesSetting(long: string): boolean {
  const trimmed = long.trim();
  return isModalityPair(trimmed) || ONE_ADJECTIVE.test(trimmed) || MEDIUM_LANGUAGE.test(trimmed) || namesLanguage(trimmed.split(/\s+/).at(-1)!);
}

/**
 * Letters that stand for a class of things, a thing, people, an institution or a place; or for a
 * condition a paper studies, which is its subject, not a method ("Alzheimer's disease and related
 * dementias (ADRD)", "Mild Cognitive Impairment (MCI)"), unless the text says what the letters name
 * (`typed`: "our in-house Liver Cancer (LC) dataset"); or for the people named right after them.
 */
export function namesNoEntity(short: string, long: string, typed: boolean, after: string): boolean {
  return namesAClass(short, long) || (!typed && CONDITION_DEFINITION.test(long.trim())) || PEOPLE_AFTER.test(after);
}
