export { analyseTrends, assignTrends, trendInputOf, DEFAULT_TREND_OPTIONS, type TrendInput, type TrendOptions, type TrendResult } from "./analyse";
export { detectBursts, DEFAULT_BURST_OPTIONS, type Burst, type BurstOptions } from "./burst";
export { recentWindowStart, shareGrowth, type TrendItem } from "./emerging";
export { clusterFlow, timeSlices, DEFAULT_CLUSTER_FLOW_OPTIONS, type ClusterFlow, type ClusterFlowOptions, type FlowSlice } from "./flow";
export { flowEvents, flowLinks, DEFAULT_MATCH_THRESHOLD, type FlowEvent, type FlowEventKind, type FlowLink, type SliceClusters } from "./match";
export { emergingPairs, MIN_PAIR_PAPERS, type EmergingPair } from "./pairs";
export { choosePeriodUnit, paperTime, periodIndex, periodLabel, isoFromDecimal, MONTHLY_SPAN_LIMIT_YEARS, type PaperTime, type PeriodUnit } from "./periods";
export { buildTimeline, paperStamps, timeProfile, meanYear, type PaperStamp, type Timeline } from "./timeline";
