import { describe, expect, it } from "vitest";
import { found } from "./helpers";

// Thirty-first session: the field's core task words (classification, segmentation, detection,
// clustering, retrieval, localization, navigation, forecasting, counting) are tasks where a list
// of tasks holds them, as "grasping" and "coding" were; everywhere else they stay everyday words.
// Sentences from the tuned sets.

describe("a core task word in a list of tasks is a task", () => {
  it.each([
    ["after 'tasks like'", "Embedding models have demonstrated strong performance in tasks like clustering, retrieval, and feature extraction.", ["clustering", "retrieval"]],
    ["before 'tasks'", "Experiments demonstrate the efficacy of APPLE, achieving high accuracies on both regression and classification tasks.", ["classification"]],
    ["after 'tasks such as'", "In contrast to existing robot learning datasets that focus on coarse tasks such as grasping, navigation, or dialogue, ScanBot targets laser scanning.", ["navigation"]],
    ["beside another, before 'tasks'", "We evaluate it on AudioSet and VGG Sound on zero-shot retrieval, classification and localization tasks.", ["classification", "localization"]],
  ])("%s", (_kind, abstract, tasks) => {
    for (const task of tasks) expect(found(abstract)).toContainEqual([task, "task"]);
  });

  it("the last item after a comma and its conjunction", () => {
    // "translation" is a contextual task too; before the comma fix only the items after a bare "and" counted.
    expect(found("The model handles summarization, question answering, and translation in one pass.")).toContainEqual(["MT", "task"]);
  });
});

describe("a core task word outside a list of tasks is no task", () => {
  it.each([
    ["a process with its object", "The results demonstrate the robust ability of the proposed method for the classification of the engagement level.", "classification"],
    ["a modifier", "Prompt engineering was performed to improve the classification performance of this multimodal model.", "classification"],
    ["a system's part", "Meanwhile, ReG introduces a structure-aware reorganization module to refactor the retrieval results into evidence chains.", "retrieval"],
  ])("%s", (_kind, abstract, word) => expect(found(abstract).map(([name]) => name)).not.toContain(word));

  it("a title's capitals name no language after a task word", () => {
    // "from Drone" reads like "translation from English" but a title capitalises every word.
    expect(found("We study this question.", "Learning Bird's Eye View Map Segmentation from Drone Footage").map(([name]) => name.toLowerCase())).not.toContain("view map segmentation");
  });
});
