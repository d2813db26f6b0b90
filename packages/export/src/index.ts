export { toGexf, DEFAULT_GEXF_OPTIONS, GEXF_CREATOR, type GexfOptions, type GexfVersion } from "./gexf";
