import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import { extractValues } from "../../src/answer/extract-values.js";
import { learnPeople } from "../../src/answer/learn-people.js";
import { article } from "./support.js";

/** Each sentence's people after learning from all of them, as written. */
function peopleIn(sentences: string[]): string[][] {
  const values = sentences.map((s) => extractValues(s, (w) => w.toLowerCase()));
  return learnPeople(values).map((v) => v.people.map((p) => p.text));
}

describe("learnPeople", () => {
  it("takes a name an article gives a role once for a person in its other sentences, and the surname alone", () => {
    // A cement spin-off: the role stands before the name in one sentence only.
    expect(
      peopleIn([
        "Talvern finance chief Idony Carvell will move to Brackmoor as its CFO.",
        "Idony Carvell, Talvern's CFO since 2020, becomes Brackmoor's chief financial officer.",
        "The split gives each business its own balance sheet, Carvell told analysts.",
      ]),
    ).toEqual([["Idony Carvell"], ["Idony Carvell"], ["Carvell"]]);
  });

  it("keys a surname by the full name, so both agree", () => {
    // A reactor restart: the surname alone in a later sentence is the same person.
    const values = [
      "Plant director Wystan Orrey said the reactor was sound.",
      "Orrey expects a restart in 2028.",
    ].map((s) => extractValues(s, (w) => w.toLowerCase()));
    const [first, second] = learnPeople(values);
    expect(second!.people.map((p) => p.key)).toEqual(first!.people.map((p) => p.key));
  });

  it("learns no surname two people share, nor one that opens a company's name", () => {
    // A ferry merger with two Brennaghs, and a founder whose surname is also the company's.
    expect(
      peopleIn([
        "Chief executive Ysolt Brennagh and chief operating officer Tobin Brennagh signed the merger.",
        "Brennagh said the ferries would keep their routes.",
      ])[1],
    ).toEqual([]);
    expect(
      peopleIn([
        "Founder Obrin Fenlow said the sale was the right time.",
        "Fenlow Dairies will keep its creamery, Fenlow said.",
      ])[1],
    ).toEqual([]);
  });

  it("adds nothing where no sentence names a person", () => {
    const values = ["Kelvara Power signed a 15-year contract."].map((s) =>
      extractValues(s, (w) => w.toLowerCase()),
    );
    expect(learnPeople(values)[0]).toBe(values[0]);
  });
});

describe("learnPeople in the engine", () => {
  it("answers a person question from a sentence naming the person with no role beside the name", () => {
    // A reactor restart: the role is given in one sentence, the asked act in another.
    const engine = createEngine(
      [
        article(
          "reactor-1",
          [
            "Kelvara Power plans to restart its idled reactor by 2028.",
            "Plant director Wystan Orrey said the reactor had held up well.",
            "Wystan Orrey will hire 500 workers for the restart.",
          ].join("\n\n"),
        ),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    expect(engine.answer("Which executive will hire the workers for the restart?").answer).toBe(
      "Wystan Orrey",
    );
  });
});
