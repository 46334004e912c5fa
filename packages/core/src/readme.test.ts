import { fileURLToPath } from "node:url";
import { describeReadmeExamples } from "../../../test-support/readmeExamples.js";

await describeReadmeExamples(fileURLToPath(new URL("..", import.meta.url)), ["README.md"]);
