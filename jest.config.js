/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60000,
  // Testing Library's waits sized for a busy machine (test/setup-dom.ts); the property tests'
  // seeds: fixed in the suite, random under npm run fuzz (test/setup-fast-check.ts).
  setupFilesAfterEnv: ["<rootDir>/test/setup-dom.ts", "<rootDir>/test/setup-fast-check.ts"],
};
