export * from "./types";
export { seededRng, type Rng } from "./rng";
export { ascendingIndices, countCooccurrences, sortedDistinct, type CooccurrenceEdge } from "./cooccurrence";
export { COMMUNITY_PALETTE, TYPE_COLORS, OVERFLOW_COLOR, communityColor, readableTextColor } from "./colors";
export {
  detectCommunities,
  assignCommunities,
  DEFAULT_COMMUNITY_OPTIONS,
  type CommunityOptions,
  type CommunityResult,
} from "./communities";
export { layoutGraph, DEFAULT_LAYOUT_OPTIONS, type LayoutOptions, type LayoutResult } from "./layout";
export { placeFromPrevious, type PreviousDecisions, type PreviousMap, type UpdateStart } from "./update-start";
export { canKeepDecisions, keepCommunities, keepGenericDecisions, MIN_JUDGED_SHARE, NEW_ENTITY_PARTITIONS, type GenericDecisions } from "./keep-decisions";
export { clustersOfPartitions, extendClusters, partitionsOfClusters, type JudgedClusters } from "./judged-clusters";
export { alignCommunities } from "./align";
export { buildGraph, autoMinCount, DEFAULT_BUILD_GRAPH_OPTIONS, type BuildGraphOptions, type ClusteredMap, type GraphBuildResult } from "./build";
export { toMapDocument, foldName, paperEntities, type MapDocumentInput, type PaperEntities } from "./document";
export {
  summariseCluster,
  clusterMembers,
  DEFAULT_CLUSTER_SUMMARY_OPTIONS,
  type ClusterRef,
  type ClusterSummary,
  type ClusterSummaryOptions,
  type ClusterEntity,
  type ClusterPaper,
  type ClusterYears,
} from "./cluster-summary";
export {
  forceAtlas2SettingsFor,
  layoutEdgeWeightFor,
  DEFAULT_MAP_LAYOUT_SETTINGS,
  type MapLayoutSettings,
} from "./layout-settings";
export { placeClusterNames, rankEdges, rankLinks, type RankedLink } from "./placement";
export { extent } from "./extent";
export {
  aggregateRelations,
  countRelationsByKind,
  relationKey,
  DEFAULT_AGGREGATE_RELATIONS_OPTIONS,
  type AggregateRelationsOptions,
  type AggregatedRelations,
  type PaperRelations,
} from "./relations";
// The type lists the map's nodes and relations use, for readers of a map (export) that do not extract.
// From the types alone: the extractor's index loads compromise and the lexicon, which a
// thread that only reads maps (the time analysis's) would otherwise start up for nothing.
export { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "@fieldmap/extract/types";
