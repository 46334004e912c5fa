import { fileURLToPath } from "node:url";
import { describeReadmeExamples } from "../../../test-support/readmeExamples.js";

// The repository README's example uses core + matching, so it runs here too.
await describeReadmeExamples(fileURLToPath(new URL("..", import.meta.url)), ["README.md", "../../README.md"]);
