import { describe, expect, it } from "vitest";
import { appOrigins } from "./origins";

describe("appOrigins", () => {
  it("defaults to localhost on PORT and trusts its loopback twin", () => {
    expect(appOrigins({ PORT: "3100" })).toEqual({
      baseURL: "http://localhost:3100",
      trustedOrigins: ["http://localhost:3100", "http://127.0.0.1:3100"],
    });
  });
  it("trusts only the configured origin in production, plus explicit extras", () => {
    expect(
      appOrigins({
        BETTER_AUTH_URL: "https://chokepoint.example.com/",
        CHOKEPOINT_TRUSTED_ORIGINS: "https://admin.example.com",
      }),
    ).toEqual({
      baseURL: "https://chokepoint.example.com",
      trustedOrigins: ["https://chokepoint.example.com", "https://admin.example.com"],
    });
  });
});
