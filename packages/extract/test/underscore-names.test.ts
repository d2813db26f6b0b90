import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Forty-first session: an underscore between two letters or digits on each side joins one name
// (issue 13, kind 1: "SafeMTData_Attack600" had been read as SafeMTData), as the corpus reader
// leaves it once it unescapes LaTeX's "\_"; a subscript and a lower-case identifier name nothing.

const names = (abstract: string) => found(abstract).map(([name]) => name);

describe("underscores", () => {
  it.each([
    ["datasets named with underscores", "Six models are evaluated on SafeMTData_Attack600, SafeMTData_1K and MHJ.", ["SafeMTData_Attack600", "SafeMTData_1K", "MHJ"], ["SafeMTData"]],
    ["a dataset's parts joined by underscores", "We evaluate the detector on CSE_CIC_DDoS2018 traffic.", ["CSE_CIC_DDoS2018"], ["CSE", "DDoS2018"]],
    ["a lower-case identifier is code", "We deploy the ros2_fanuc_interface package on the arm.", [], ["ros2_fanuc_interface"]],
  ])("%s", (_kind, abstract, present, absent) => {
    const got = names(abstract);
    for (const name of present) expect(got).toContain(name);
    for (const name of absent) expect(got).not.toContain(name);
  });
});
