import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine } from "../../src/answer/create-engine.js";
import type { Engine } from "../../src/answer/engine.js";
import { topicCommands } from "../../src/commands/topics.js";
import { type AnswerResult, AnswerResultSchema, type Article, type Quote } from "../../src/types.js";
import { dealEngine } from "../fixtures/deal-stories.js";
import { SEED_PUBLIC_BASE_URL, seedEngine } from "../fixtures/seed-engine.js";
import { article } from "./support.js";

const AI_ID = "004_f6b62743335d7553";

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

/** Every quote a result carries: its evidence and each side of each conflict. */
function allQuotes(result: AnswerResult): Quote[] {
  return [...result.quotes, ...result.conflicts.flatMap((c) => c.values.flatMap((v) => v.quotes))];
}

function ask(question: string, previousQuestion?: string): AnswerResult {
  const result = engine.answer(question, previousQuestion ? { previousQuestion } : undefined);
  expect(AnswerResultSchema.safeParse(result).success).toBe(true);
  return result;
}

const QUESTIONS = [
  "what is the price tag of the agreement?",
  "which accelerators will Amazon deploy?",
  "when does deployment start?",
  "what did Altman say about compute?",
  "how long is the partnership?",
  "who is the AWS boss?",
  "what does the deal mean for Microsoft's position?",
  "how many gigawatts does Altman want?",
];

describe("answerQuestion: the contract", () => {
  it("returns the fields the JSON contract names, with agreement out of the 5 sources", () => {
    for (const question of QUESTIONS) {
      const result = ask(question);
      expect(result).toMatchObject({ question, status: "answered", agreement: { of: 5 } });
      expect(result.agreement.sources).toBeGreaterThanOrEqual(1);
      expect(result.agreement.sources).toBeLessThanOrEqual(5);
      expect(result.quotes.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("quotes sentences verbatim from the article's cleaned text, each at most 400 characters", () => {
    for (const question of QUESTIONS) {
      for (const quote of allQuotes(ask(question))) {
        const article = engine.articles().find((a) => a.meta.id === quote.articleId);
        expect(quote.text.length).toBeLessThanOrEqual(400);
        expect(article?.text).toContain(quote.text);
        expect(article?.passages.find((p) => p.id === quote.passageId)?.text).toBe(quote.text);
      }
    }
  });

  it("links a quote to the article's page with a text fragment, or to the bot's page when it has no address", () => {
    let own = 0;
    let fragments = 0;
    for (const question of QUESTIONS) {
      for (const quote of allQuotes(ask(question))) {
        const article = engine.articles().find((a) => a.meta.id === quote.articleId)!;
        const passage = article.passages.find((p) => p.id === quote.passageId)!;
        if (article.meta.url) {
          fragments++;
          expect(quote.url?.startsWith(`${article.meta.url}#:~:text=`)).toBe(true);
          expect(quote.articleUrl).toBe(article.meta.url);
        } else {
          own++;
          expect(quote.url).toBe(`${SEED_PUBLIC_BASE_URL}/sources/${article.meta.id}#p-${passage.index}`);
        }
      }
    }
    expect(own).toBeGreaterThan(0);
    expect(fragments).toBeGreaterThan(0);
  });

  it("gives each supporting quote from a different source", () => {
    for (const question of QUESTIONS) {
      const ids = ask(question).quotes.map((q) => q.articleId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe("answerQuestion: facts and conflicts on the seeds", () => {
  it("states $38 billion, agreed by at least 4 of 5, and flags the AI-generated source's $3.8 billion", () => {
    const result = ask("what is the price tag of the agreement?");
    expect(result.answerType).toBe("money");
    expect(result.answer).toBe("$38 billion");
    expect(result.agreement.sources).toBeGreaterThanOrEqual(4);
    expect(result.quotes[0]?.text).toContain("$38 billion");
    const conflict = result.conflicts[0]!;
    expect(conflict.values[0]).toMatchObject({ value: "$38 billion", aiGenerated: false });
    const outlier = conflict.values.find((v) => v.value === "$3.8 billion");
    expect(outlier).toMatchObject({ articleIds: [AI_ID], aiGenerated: true });
    expect(outlier?.quotes[0]?.aiGenerated).toBe(true);
  });

  it("reports the other wording of Altman's remark as a conflict", () => {
    const result = ask("what did Altman say about compute?");
    expect(result.answerType).toBe("quote");
    expect(result.answer).toMatch(/scaling frontier AI requires/);
    const wordings = result.conflicts[0]?.values.map((v) => v.value) ?? [];
    expect(wordings).toEqual(
      expect.arrayContaining([
        "“scaling frontier AI requires massive, reliable compute”",
        "“scaling frontier AI requires efficient and reliable compute”",
      ]),
    );
    expect(result.conflicts[0]?.about).toMatch(/Altman/);
  });

  it("flags the source that dates the start of deployment differently", () => {
    const result = ask("when does deployment start?");
    expect(result.answerType).toBe("date");
    const sides = result.conflicts[0]?.values ?? [];
    const text = sides.map((v) => v.value).join(" | ");
    expect(text).toMatch(/immediately/);
    expect(text).toMatch(/begin deployment by the end of 2026/);
    // Each side's quote is the sentence that gives its date.
    for (const side of sides) expect(side.quotes[0]?.text).toMatch(/immediately|end of 2026/);
  });

  it("names the GB200 and GB300 chips", () => {
    const result = ask("which accelerators will Amazon deploy?");
    expect(result.answerType).toBe("things");
    expect(result.answer).toMatch(/GB200/);
    expect(result.answer).toMatch(/GB300/);
  });

  it("answers who runs AWS with Matt Garman", () => {
    expect(ask("who is the AWS boss?").answer).toBe("Matt Garman");
  });
});

describe("answerQuestion: no answer", () => {
  it.each([
    ["what is the central bank interest rate?", /percentage/],
    ["what is the population of Lisbon?", /Lisbon/],
    ["what did Tim Cook say about the deal?", /mentions Tim Cook\./],
    ["how many employees does the dairy cooperative have?", /None of the 5 articles/],
    // The articles name Google and a CEO, and Amazon's stock, but never Google's CEO or Nvidia's stock price.
    ["who is the CEO of Google?", /gives a person/],
    ["what is the stock price of Nvidia?", /gives an amount/],
    // The articles give OpenAI's revenue, which is not Amazon's, though both are the story's main actors.
    ["what is Amazon's revenue?", /gives an amount/],
  ])("says honestly that no article answers %j", (question, reason) => {
    const result = ask(question);
    expect(result.status).toBe("no_answer");
    if (result.status !== "no_answer") return;
    expect(result.answer).toBe("");
    expect(result.agreement).toEqual({ sources: 0, of: 5 });
    expect(result.reason).toMatch(reason);
    expect(result.suggestions.length).toBeGreaterThan(0);
    const topics = new Set(topicCommands.map((t) => t.name));
    // Topics first, then questions about the story's own notable names.
    for (const s of result.suggestions) {
      expect(topics.has(s) || /^ask what does it mean for \S.*\?$/.test(s)).toBe(true);
    }
    expect(topics.has(result.suggestions[0]!)).toBe(true);
  });

  it("asks for a real question when given none", () => {
    const result = ask("?!");
    expect(result.status).toBe("no_answer");
    if (result.status === "no_answer") expect(result.reason).toMatch(/Ask me/);
  });
});

describe("answerQuestion: a speaker named by a role", () => {
  it("finds who holds the role, then what they said", () => {
    // The articles name "OpenAI CEO Sam Altman" in one sentence and quote "Altman" in another.
    const result = ask("what did OpenAI's CEO say?");
    expect(result.status).toBe("answered");
    expect(result.question).toBe("what did OpenAI's CEO say?");
    expect(result.quotes[0]?.text).toMatch(/Altman/);
  });

  it("says so when no article names who holds the role, rather than quote someone else", () => {
    const result = ask("what did the CEO of Google say?");
    expect(result.status).toBe("no_answer");
    if (result.status === "no_answer") expect(result.reason).toContain("says who the CEO of Google is");
  });
});

describe("answerQuestion: follow-ups", () => {
  it("borrows the subject of the previous question for 'and when?'", () => {
    expect(ask("and when?").status).toBe("no_answer");
    const result = ask("and when?", "which chips will AWS deploy?");
    expect(result).toMatchObject({ status: "answered", answerType: "date" });
    expect(result.quotes[0]?.text).toMatch(/deploy|start using/i);
  });

  it("keeps the type of the new question and the subject of the old", () => {
    const result = ask("which chips then?", "how many GPUs?");
    expect(result.answerType).toBe("things");
    expect(result.answer).toMatch(/GB200/);
  });

  it("ignores the previous question when the new one stands alone", () => {
    const alone = ask("who is the AWS boss?");
    const after = ask("who is the AWS boss?", "what did Altman say about compute?");
    expect(after).toEqual(alone);
  });
});

describe("answerQuestion: odd input", () => {
  it("handles a 10,000-character question and echoes it cut short", () => {
    const question = `how much is the deal worth? ${"very ".repeat(2000)}`;
    expect(question.length).toBeGreaterThan(10_000);
    const result = ask(question);
    expect(result.question.length).toBeLessThanOrEqual(1001);
  });

  it("answers through control characters, emoji and Slack markup without echoing markup in the answer", () => {
    const result = ask("<!channel> <@U123ABC> how much\u0000 is the deal\u0007 worth? 🤑🚀 <#C1|general>");
    expect(result.answer).toBe("$38 billion");
    for (const question of [
      "<@U1>",
      "<!here>",
      "🤑🤑🤑",
      "\u0000\u0001\u001b[31m",
      "<script>alert(1)</script>",
    ]) {
      const r = ask(question);
      expect(r.answer).not.toMatch(/[<>]/);
    }
  });

  it("never throws and always returns a valid result, for any string", () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.string({ unit: "binary", maxLength: 80 }),
      fc
        .array(
          fc.constantFrom(
            "how much",
            "when",
            "which chips",
            "who",
            "what did",
            "say",
            "Altman",
            "deal",
            "worth",
            "$38 billion",
            "<@U1>",
            "<!channel>",
            "?",
            "and",
            "then",
            "🤑",
            "\u0000",
            "GB200",
            "2026",
          ),
          { maxLength: 12 },
        )
        .map((words) => words.join(" ")),
    );
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (question, previous) => {
        const result = engine.answer(
          question,
          previous === undefined ? undefined : { previousQuestion: previous },
        );
        expect(AnswerResultSchema.safeParse(result).success).toBe(true);
        expect(result.agreement.of).toBe(5);
      }),
      { numRuns: 200 },
    );
  });
});

describe("answerQuestion: deals beyond the seeds", () => {
  const deals = dealEngine();
  const answer = (q: string) => {
    const r = deals.answer(q);
    expect(AnswerResultSchema.safeParse(r).success).toBe(true);
    return r;
  };

  it("answers a per-share question with the price per share, and a total question with the total", () => {
    expect(answer("what do Harbor shareholders get per share?").answer).toBe("$38");
    expect(answer("how much is Northwind paying for Harbor?").answer).toBe("$4.2 billion");
  });

  it("answers a valuation with the valuation and a round size with the round size, not the other", () => {
    expect(answer("what is Quanta valued at?").answer).toBe("$2.1 billion");
    expect(answer("how much did Quanta raise?").answer).toBe("$300 million");
    expect(answer("what is Harbor valued at?").answer).toBe("$4.2 billion");
  });

  it("answers stakes and premiums as percentages", () => {
    expect(answer("what stake does Pinecrest take?").answer).toBe("9%");
    expect(answer("what premium do Harbor shareholders get?").answer).toBe("27%");
  });

  it("reads 'the offer' as the story's deal where its articles never say 'offer'", () => {
    // The acquisition's articles say "deal", "purchase" and "transaction"; the asker says "offer".
    expect(answer("what premium over the share price does the offer represent?").answer).toBe("27%");
  });

  it("reads 'the deal' as the story's deal also where its articles use the word away from the amount", () => {
    // "The deal is expected to close…" and "approve the transaction" hold no amount; the price stands in
    // sentences that say neither word.
    const harbor = deals.storyOf("brew-1")!.id;
    for (const q of ["how much is the deal worth?", "what is the transaction worth?"]) {
      expect(deals.answer(q, { storyId: harbor }).answer).toBe("$4.2 billion");
    }
  });

  it("reads an adverb as the adjective the articles use ('fully online' for 'full capacity is online')", () => {
    const power = deals.storyOf("power-1")!.id;
    expect(deals.answer("when is it fully online?", { storyId: power }).answer).toBe("March 14, 2029");
  });

  it("reads a chief officer's acronym no article spells as the title they write ('CFO')", () => {
    const harbor = deals.storyOf("brew-1")!.id;
    expect(deals.answer("who is the CFO?", { storyId: harbor }).answer).toBe("Lena Park");
    expect(deals.answer("what did the CFO say?", { storyId: harbor }).answer).toContain("add to earnings");
  });

  it("takes a number alone for a pick from a list that is gone, not for a question about the number", () => {
    const harbor = deals.storyOf("brew-1")!.id;
    for (const q of ["2", "9.", " 3) "]) {
      const r = deals.answer(q, { storyId: harbor });
      expect(r).toMatchObject({ status: "no_answer", reason: expect.stringMatching(/number alone/) });
    }
  });

  it("quotes reported speech without quotation marks, with the role before the name", () => {
    expect(answer("what did Lena Park say?").answer).toContain("add to earnings");
    expect(answer("what did Voltline's founder say?").answer).toContain("two new plants");
  });

  it("answers 'who' with a person when a person is the answer", () => {
    expect(answer("who will join Quanta's board?").answer).toBe("Omar Reyes");
  });

  it("answers who will run a company with the person named to run it, not the companies beside them", () => {
    // A bank merger: both banks are named in the sentence naming the combined bank's chief.
    const bank = engineOf([
      article(
        "bank-1",
        [
          "Corven Bank agreed to buy Lisle Savings for $2.1 billion in shares.",
          "The combined bank will be led by Corven's chief executive, Martha Cole, while the board will meet in Dunfield.",
        ].join("\n\n"),
      ),
    ]);
    expect(bank.answer("who will run the combined bank?").answer).toBe("Martha Cole");
  });

  it("answers which official must act with the person, the office's title apart from the name", () => {
    // A mine sale before a court: "Judge" is an office written before the name, not part of it.
    const court = engineOf([
      article(
        "mine-1",
        [
          "Quorra Resources will sell its Pellin Ridge gold mine to Dawnfield Mining for A$900 million.",
          "Judge Alma Brooks of the state court must approve the sale, lawyers for both companies said.",
        ].join("\n\n"),
      ),
    ]);
    expect(court.answer("which judge must approve the sale?").answer).toBe("Alma Brooks");
  });

  it("answers who holds an office with the name right after its lower-case title, or the name that will become it", () => {
    // A bank merger and a stadium sale: "according to treasurer X" is a noun, not the infinitive "to"; "X will
    // become vice-chair" says what X is, as "X is vice-chair" does.
    const engine = engineOf([
      article(
        "bank-1",
        "Corven Bank agreed to buy Lisle Savings for $2.1 billion.\n\nThe combined bank will be led by Corven's chief executive, Martha Cole, while Lisle chairman Owen Pike will become vice-chair.",
      ),
      article(
        "stadium-1",
        "Dunfield council will sell the Riverside stadium to Harrow Sports for $85 million.\n\nJudge Alma Brooks must approve the stadium sale, according to treasurer Paulo Mendes.",
      ),
    ]);
    expect(engine.answer("who will be vice-chair of the combined bank?").answer).toBe("Owen Pike");
    expect(engine.answer("who is the council's treasurer?").answer).toBe("Paulo Mendes");
  });

  it("reads through a zero-width space inside a word", () => {
    expect(answer("how much is Northwind pay\u200bing for Harbor?").answer).toBe("$4.2 billion");
  });

  it("answers a power question with the power, and 'when … complete' with the full date", () => {
    expect(answer("how much power will Voltline supply?").answer).toBe("2 gigawatts");
    expect(answer("when is the full capacity online?").answer).toBe("March 14, 2029");
  });

  it("says it reads only English, rather than that a word is missing from the articles", () => {
    const r = answer("Wie viel zahlt Northwind für Harbor?");
    expect(r.status).toBe("no_answer");
    expect(r.status === "no_answer" && r.reason).toBe("I can only answer questions in English.");
  });

  it("reads a question's typing slips as the articles' words and answers it", () => {
    // Each misspelt word is one slip from a word of the articles or a function word ("whn" → when).
    expect(answer("how mch did Quanta rase in the round?").answer).toBe("$300 million");
    expect(answer("how many peple does Harbor employ?").answer).toBe("2,400 people");
    expect(answer("whn will the full capacity be onlin?").answer).toBe("March 14, 2029");
  });

  it("reads past chat's opening filler and interjections to the question", () => {
    // "yes" and "yep" were read as slips of the articles' words; "ok," and "so" hid the question word.
    expect(answer("yes but how much did Quanta raise?").answer).toBe("$300 million");
    expect(answer("yep how many people does Harbor employ?").answer).toBe("2,400 people");
    expect(answer("ok, who will join Quanta's board?").answer).toBe("Omar Reyes");
    expect(answer("so who will join Quanta's board?").answer).toBe("Omar Reyes");
  });

  it("takes misspelt English for English, and a sentence of another language still for another", () => {
    expect(answer("how lnog is the Voltline contract?").answer).toBe("15-year");
    const r = answer("Was ist der Wert des Vertrags mit Harbor?");
    expect(r.status === "no_answer" && r.reason).toBe("I can only answer questions in English.");
  });
});

describe("answerQuestion: why", () => {
  it("answers a why-question with the sentence giving a cause in other words, the subject named just before", () => {
    // A mine sale: the cause is told by the company's head in the sentence after her name.
    const mine = engineOf([
      article(
        "m1",
        [
          "Quorra Resources agreed to sell its Pellin Ridge gold mine to Dawnfield Mining for A$900 million.",
          "Dawnfield bought the Lac Dorval mine in Quebec for C$640 million in 2023.",
          "Quorra managing director Ada Venn visited the mine on Wednesday to speak to staff. She said the company was selling because it wanted to focus on lithium and cut debt, not over any fault at the mine.",
        ].join("\n"),
      ),
    ]);
    const result = mine.answer("why is Quorra getting rid of the mine?");
    expect(result.status).toBe("answered");
    expect(result.quotes[0]!.text).toMatch(/because it wanted to focus on lithium/);
  });

  it("takes no cause about another name for the asked one's", () => {
    // A media-rights deal and a drug licence: the causes given are of other parties' decisions.
    const rights = engineOf([
      article(
        "r1",
        [
          "The league picked Brightcast for its new streaming rights on Monday.",
          "Because national money is split evenly, the league's small clubs backed the deal.",
        ].join("\n"),
      ),
    ]);
    const result = rights.answer("why did the league pick Brightcast?");
    expect(result.quotes[0]?.text ?? "").not.toMatch(/split evenly/);
  });
});

describe("answerQuestion: what a party named by a common noun said", () => {
  it("answers with the remark the party made, though the remark holds the question's 'the'", () => {
    // A merger review, a plant takeover, a bond restructuring: the speaker is a body, not a person.
    const engine = engineOf([
      article(
        "said-1",
        [
          "Quenlow and Varrick face merger review",
          "The competition regulator said on Thursday it would open an in-depth review of the merger.",
          "Quenlow Foods and Varrick Brands agreed to merge in March.",
        ].join("\n"),
      ),
      article(
        "said-2",
        [
          "Pennard plant takeover",
          "The union said the takeover of the Yarrowfen plant put 900 jobs at risk.",
          "Pennard Semiconductor will buy the plant from Drennock Marine.",
        ].join("\n"),
      ),
    ]);
    expect(engine.answer("what did the regulator say?").answer).toMatch(
      /open an in-depth review of the merger/,
    );
    expect(engine.answer("what did the union say?").answer).toMatch(/put 900 jobs at risk/);
  });
});

describe("answerQuestion: why, told without a connective", () => {
  it("answers with a sentence under a heading that says why, or giving a cause by a phrase", () => {
    // A ferry contract (a "Why … won" heading, whose section opens with the reason and goes on to the
    // yard's record), a food merger ("came down to"), a cable-network sale
    // ("driven by"): each beside a sentence that shares the question's words and gives no cause.
    const ferries = engineOf([
      article(
        "w1",
        [
          "Brisco wins ferry order",
          "Brisco Yards has won a $640 million contract to build six ferries for Temsford Lines.",
          "Why Brisco won",
          "Brisco scored higher on price and delivery time than the two rival yards, a procurement summary shows. Brisco had not won a ferry order since 2019.",
          "The first ferry is due in 2028.",
        ].join("\n"),
      ),
    ]);
    expect(ferries.answer("why did Brisco win?").quotes[0]?.text).toMatch(/scored higher on price/);
    const merger = engineOf([
      article(
        "w2",
        [
          "Quenlow and Varrick agree all-stock merger",
          "Quenlow Foods and Varrick Brands agreed on Wednesday to merge in an all-stock deal.",
          "The decision to merge came down to cost, as grain and packaging prices rose for two years.",
          "Shareholders of both companies will vote on the merger in March.",
        ].join("\n"),
      ),
    ]);
    expect(merger.answer("why are Quenlow and Varrick merging?").quotes[0]?.text).toMatch(
      /came down to cost/,
    );
    const cables = engineOf([
      article(
        "w3",
        [
          "Ostley sells cable network to Graymere",
          "Ostley Telecom agreed to sell its undersea cable network to Graymere Infrastructure for $1.1 billion.",
          "The sale of the cable network was driven by Ostley's debt, which has doubled since 2022.",
          "Graymere owns cable networks in four countries.",
        ].join("\n"),
      ),
    ]);
    expect(cables.answer("why is Ostley selling the cable network?").quotes[0]?.text).toMatch(/driven by/);
  });
});

describe("answerQuestion: quantities", () => {
  it("flags a per-share price from a source that shares few of the question's words", () => {
    const result = engineOf([
      article("p1", "Harbor stockholders will receive $38 a share in cash from Northwind."),
      article("p2", "Northwind agreed to pay Harbor stockholders $38 a share."),
      article("p3", "Harbor stockholders get $38 a share under the agreement with Northwind."),
      article("p4", "Northwind paying $3.80 per share for Harbor smells of desperation."),
    ]).answer("what do Harbor shareholders get per share?");
    expect(result.answer).toBe("$38");
    expect(result.agreement).toEqual({ sources: 3, of: 4 });
    expect(result.conflicts[0]?.values.map((v) => v.value)).toEqual(["$38", "$3.80"]);
  });

  it("answers an earlier valuation only when asked for it", () => {
    const engine = engineOf([
      article(
        "v1",
        "Pinecrest's round values Quanta Robotics at $2.1 billion, up from $900 million last year.",
      ),
      article("v2", "Quanta Robotics is now valued at $2.1 billion."),
    ]);
    expect(engine.answer("what is Quanta Robotics valued at?").answer).toBe("$2.1 billion");
    expect(engine.answer("what was Quanta Robotics valued at before this round?").answer).toBe(
      "$900 million",
    );
  });

  it("counts the people in 'how many people work at X', not the verb after them", () => {
    const engine = engineOf([
      article("w1", "Harbor Distillers employs 2,400 people at three distilleries."),
      article("w2", "Quanta Robotics has 380 staff in Boston and Munich, and plans to hire more."),
      article("w3", "Voltline, a utility based in Austin, has 9,100 employees across Texas."),
    ]);
    expect(engine.answer("how many people work at Harbor Distillers?").answer).toBe("2,400 people");
    expect(engine.answer("how many people work for Quanta Robotics?").answer).toBe("380 staff");
    expect(engine.answer("how many people does Voltline employ?").answer).toBe("9,100 employees");
  });

  it("answers how much of a substance with the measured amount, and declines a party's amount the sentence gives another", () => {
    // A data-centre build, a smelter venture, a pipeline stake.
    const engine = engineOf([
      article(
        "m1",
        "Corvid Cloud's new campus will draw about 6,000 cubic metres of water a day, and Corvid will spend $4 billion on it.",
      ),
      article(
        "m2",
        "Aurum Metals will contribute equity to the smelter, and the Baltic Development Bank is in talks to lend up to €900 million.",
      ),
    ]);
    expect(engine.answer("how much water will the Corvid Cloud campus use?").answer).toBe(
      "6,000 cubic metres",
    );
    expect(engine.answer("how much is Aurum Metals investing in the smelter?").status).toBe("no_answer");
  });

  it("counts a source stating the amount in another currency beside it as agreeing", () => {
    const result = engineOf([
      article("c1", "Lumen Biosciences raised €450 million ($490 million) in a Series B round."),
      article("c2", "Lumen Biosciences raised $490 million in its Series B round."),
    ]).answer("how much did Lumen Biosciences raise?");
    expect(result.agreement).toEqual({ sources: 2, of: 2 });
    expect(result.conflicts).toEqual([]);
  });
});

describe("answerQuestion: a thing of money asked without 'how much'", () => {
  it("answers 'what is the break fee?' with the amount", () => {
    const engine = createEngine(
      [
        article(
          "f1",
          "Figma would receive a $1 billion termination fee from Adobe if regulators blocked the deal.",
        ),
        article("f2", "Intel was promised a subsidy of €9.9 billion for its plant in Magdeburg."),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    expect(engine.answer("what is the termination fee?").answer).toBe("$1 billion");
    expect(engine.answer("what was Intel's subsidy?").answer).toBe("€9.9 billion");
  });
});

describe("answerQuestion: an officer no article names", () => {
  it("declines, naming the officer the articles do name for that company", () => {
    // Three invented deals: a grocer's sale, a cement merger, a ferry takeover.
    const engine = createEngine(
      [
        article("o1", "Talvik's chief executive Omar Reyes said the sale of the grocer would close in May."),
        article(
          "o2",
          "Calder's board, led by chair Dame Ines Carrow, urged holders to reject Fenmart's cement offer.",
        ),
        article("o3", "Skagen Ferries chief executive Lars Holm said the ferry deal was fair."),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    const talvik = engine.answer("who is Talvik's chairman?");
    expect(talvik).toMatchObject({
      status: "no_answer",
      reason: "The articles name Talvik's chief executive, Omar Reyes, not a chairman.",
    });
    expect(talvik.quotes[0]?.text).toContain("Omar Reyes");
    // Calder's chair is named; Fenmart, named only after her, has none.
    expect(engine.answer("who chairs Calder?").answer).toBe("Dame Ines Carrow");
    expect(engine.answer("who chairs Fenmart?").status).toBe("no_answer");
    expect(engine.answer("who is the chairman of Skagen Ferries?")).toMatchObject({
      status: "no_answer",
      reason: "The articles name Skagen Ferries' chief executive, Lars Holm, not a chairman.",
    });
  });
});

describe("answerQuestion: yes/no", () => {
  const engine = () =>
    createEngine(
      [
        article(
          "y1",
          "Quanta Robotics agreed to be bought by Voltline for $2 billion. Pinecrest Capital and Harrow Capital both studied Quanta Robotics but dropped out before final bids.",
        ),
        article(
          "y2",
          "Harbor Distillers said it would stop paying its quarterly dividend once the deal closes.",
        ),
        article(
          "y3",
          "Voltline declined to say whether its Austin plant was profitable, but said demand had doubled.",
        ),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );

  it("answers no where the sentence says the subject stopped or dropped out", () => {
    expect(engine().answer("did Pinecrest Capital make a final bid?").answer).toMatch(/^No: Pinecrest/);
    expect(engine().answer("will Harbor Distillers keep paying its dividend?").answer).toMatch(/^No: Harbor/);
  });

  it("declines where the sentence says it is not told, showing that sentence as the closest", () => {
    const result = engine().answer("is Voltline's Austin plant profitable?");
    expect(result).toMatchObject({ status: "no_answer", reason: "The articles don't say." });
    expect(result.quotes[0]?.text).toContain("declined to say");
  });
});

describe("a 'when' question where one source gives a milestone and others a time", () => {
  it("answers with the time; a milestone answers only where no source states a time", () => {
    const engine = createEngine(
      [
        article(
          "grid-1",
          "The Voltline supply deal with Northgrid takes effect after the restructuring of Voltline's supply business.",
        ),
        article("grid-2", "Northgrid said the agreement with Voltline starts in March 2027."),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    const when = engine.answer("when does the Voltline supply deal with Northgrid take effect?");
    expect(when).toMatchObject({ status: "answered", answer: expect.stringContaining("March 2027") });
    const alone = createEngine(
      [
        article(
          "grid-3",
          "Deliveries under the Voltline supply deal start once the new substation is finished.",
        ),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    ).answer("when do deliveries under the Voltline supply deal start?");
    expect(alone).toMatchObject({ status: "answered", answer: expect.stringContaining("substation") });
  });
});

describe("an ordinal question against a list after a colon", () => {
  const engine = (...texts: string[]) =>
    createEngine(
      texts.map((t, i) => article(`list-${i}`, t)),
      { publicBaseUrl: "http://localhost:3000" },
    );

  it("takes the item at the asked place", () => {
    // An aircraft order's deposits, a licence's milestones and an earn-out: each told as a list.
    const deposits = engine(
      "Marlowick will pay Dunvessa deposits of $900 million in three instalments: $300 million on signing, $250 million in 2027, and $350 million at first delivery.",
    );
    expect(deposits.answer("How big is the first Marlowick deposit instalment?")).toMatchObject({
      status: "answered",
      answer: "$300 million",
    });
    expect(deposits.answer("How much is the final Marlowick deposit instalment?")).toMatchObject({
      answer: "$350 million",
    });
    const milestones = engine(
      "Kesterlane signed a licence with Orrelby on Monday for its eye drug.",
      "Kesterlane will pay Orrelby €400 million in three milestone payments: €50 million on approval in Europe; €150 million on approval in the U.S.; €200 million once sales pass €1 billion.",
    );
    expect(milestones.answer("How big is the second milestone payment?")).toMatchObject({
      answer: "€150 million",
    });
    expect(milestones.answer("How much is Kesterlane's last milestone payment?")).toMatchObject({
      answer: "€200 million",
    });
  });

  it("leaves an ordinal the sentence writes to the words", () => {
    // An earn-out told out of order: the sentence's own ordinal picks the item, not the list's order.
    const written = engine(
      "Fennimore's earn-out: $40 million for the second year, $20 million for the first year.",
    ).answer("How much is the Fennimore earn-out for the first year?");
    expect(written).toMatchObject({ answer: "$20 million" });
  });
});

describe("a 'what date' question", () => {
  const engine = (...texts: string[]) =>
    createEngine(
      texts.map((t, i) => article(`day-${i}`, t)),
      { publicBaseUrl: "http://localhost:3000" },
    );

  it("answers with a day where a source gives one, before a year or a period", () => {
    // A capacity reservation, a ship charter and a shareholder vote: one source gives the years, another the day.
    const capacity = engine(
      "Under the reservation, which runs from 2027 through 2031, Tollmere will buy output from Vessanby.",
      "Vessanby will reserve capacity for Tollmere from March 1, 2027 through June 30, 2031, the companies said.",
    ).answer("On what date exactly does the Tollmere reservation end?");
    expect(capacity).toMatchObject({ status: "answered", answer: expect.stringContaining("June 30, 2031") });
    const charter = engine(
      "The Quorlane charter of the Brightfen tanker begins in the second quarter of 2027.",
      "Quorlane said the Brightfen charter begins on April 14, 2027.",
    ).answer("What date does the Quorlane charter of the Brightfen tanker begin?");
    expect(charter).toMatchObject({ status: "answered", answer: expect.stringContaining("April 14") });
  });

  it("is not answered by a milestone or by the year the question gives", () => {
    // A proxy fight: the meeting's day is never given, only a condition and its year.
    const vote = engine(
      "Haddrel said it would nominate directors at Pemberwick's 2027 annual meeting if the board keeps refusing to talk.",
    ).answer("What date is Pemberwick's 2027 annual meeting?");
    expect(vote.status).toBe("no_answer");
    // "When …?" still takes the milestone where no time is given.
    const when = engine(
      "Ulvane will pay Carrowick the second instalment once the new kiln at Sandmere is commissioned.",
    ).answer("When will Ulvane pay Carrowick the second instalment?");
    expect(when).toMatchObject({ status: "answered", answer: expect.stringContaining("kiln") });
  });
});

describe("a 'how many' question where one source is vague and another exact", () => {
  it("answers with the exact count inside the vague one's span, not one outside it", () => {
    // An aircraft order and a robot-fleet contract, each told loosely by one source and exactly by another.
    const engine = (a: string, b: string) =>
      createEngine([article("count-1", a), article("count-2", b)], {
        publicBaseUrl: "http://localhost:3000",
      });
    const jets = engine(
      "Corvell's chief executive said the airline will buy hundreds of jets from Aerona over the decade.",
      "Corvell will take about 240 of the jets, people familiar with the order said.",
    ).answer("how many jets will Corvell buy?");
    expect(jets).toMatchObject({ status: "answered", answer: expect.stringContaining("240") });
    const robots = engine(
      "Depotline plans to run thousands of robots in its warehouses, its founder said.",
      "Depotline will lease 40 robots from Marrow Automation for a pilot.",
    ).answer("how many robots will Depotline run?");
    expect(robots).toMatchObject({ status: "answered", answer: expect.stringContaining("thousands") });
  });
});

describe("answerQuestion: corroboration across sources", () => {
  it("follows the value most sources state, counting a source that states it in other words", () => {
    // A cloud contract: the outlier's sentence holds the most question words; the lede of o1 never says
    // "deal" or "worth", and its minimum yearly commitment is another quantity, not a dissent.
    const result = engineOf([
      article(
        "o1",
        "Orbitant will buy $12 billion of computing capacity from Skyloom over five years, the companies said.\nThe agreement includes a minimum annual commitment of $1 billion from 2028.",
      ),
      article("o2", "The five-year contract is worth $12 billion, a spokesperson said."),
      article("o3", "The contract, worth $12bn, runs to 2031."),
      article("o4", "Orbitant's deal with Skyloom is worth 21 billion dollars, the start-up said."),
    ]).answer("how much is the Orbitant Skyloom deal worth?");
    expect(result.answer).toMatch(/^\$12 ?b/);
    expect(result.agreement).toEqual({ sources: 3, of: 4 });
    expect(result.conflicts[0]?.values.map((v) => v.articleIds.length)).toEqual([3, 1]);
    expect(result.conflicts[0]?.values[1]?.value).toBe("21 billion dollars");
  });

  it("never sets one investor's part against the round's total its own source also gives", () => {
    const result = engineOf([
      article(
        "q1",
        "Quillmate raised $300 million in a Series D round led by Harbor Peak.\nHarbor Peak put in about $120 million of the total, a person familiar with the matter said.",
      ),
      article("q2", "Quillmate has closed a $300 million round, with Harbor Peak writing the largest check."),
      article("q3", "The $300 million round was led by Harbor Peak, Quillmate said."),
    ]).answer("how much did Harbor Peak put in?");
    expect(result.answer).toBe("$120 million");
    expect(result.conflicts).toEqual([]);
  });

  it("reads a rounded figure as agreeing with the exact one it rounds", () => {
    const result = engineOf([
      article("b1", "Brassica sold 20 million shares in its IPO, raising $437 million."),
      article("b2", "Brassica's IPO raised close to $440 million, the company said."),
      article("b3", "The IPO raised $437mn for Brassica."),
      article("b4", "Brassica's IPO raised $473 million, according to one report."),
    ]).answer("how much did Brassica's IPO raise?");
    expect(result.answer).toMatch(/^\$437 ?m/);
    expect(result.agreement).toEqual({ sources: 3, of: 4 });
    expect(result.conflicts[0]?.values.map((v) => v.value)).toEqual([result.answer, "$473 million"]);
  });
});

describe("a 'which' question asking for a kind of organisation", () => {
  it("answers with the names a sentence gives, though it never repeats the kind's word", () => {
    // Three deals: a buyout's lenders, a chipmaker's regulators, a biotech's backers.
    const engine = engineOf([
      article(
        "loan-1",
        "Ardent Foods will fund the takeover with cash and a $2 billion bridge loan provided by Barclays and HSBC.",
      ),
      article("loan-2", "Ardent Foods agreed to buy Pellum Snacks for $3.1 billion."),
      article(
        "fab-1",
        "The Calder Microsystems merger still needs approval from antitrust regulators in Japan and South Korea.",
      ),
      article("fab-2", "Calder Microsystems said the merger would close next year."),
    ]);
    expect(engine.answer("which banks provided the bridge loan?").answer).toMatch(/Barclays/);
    expect(engine.answer("which regulators must approve the Calder merger?").answer).toMatch(/Japan/);
  });

  it("still asks the kind's word of a thing that is no organisation", () => {
    const engine = engineOf([
      article("drug-1", "Vireo Bio's lead candidate, VB-12, targets Parkinson's disease."),
      article("drug-2", "Vireo Bio raised $90 million from Lakeshore Ventures."),
    ]);
    // "which chips" needs a sentence about chips: Lakeshore Ventures is no chip.
    expect(engine.answer("which chips does Vireo Bio use?").status).toBe("no_answer");
  });
});

describe("answerQuestion: a role the articles call by another word", () => {
  it("answers 'who is the lawyer for …?' with the counsel, attorney or solicitor the articles name", () => {
    // A bankruptcy, a pension fund's suit against a takeover, a football club's sale: the articles say
    // "counsel", "attorney" and "solicitor", kinds of lawyer in WordNet, and "lawyer" only of others.
    const court = engineOf([
      article(
        "court-1",
        [
          "Brackley Stores' creditors' committee dropped its objection after Ormsby Retail agreed to fund a $12 million trust.",
          "Mirela Vostok, counsel to the creditors' committee, said the trust would lift recoveries.",
          "A lawyer for Brackley Stores told the court the chain had run out of options.",
          "Lawyers for the landlords objected to the lease terms.",
        ].join("\n\n"),
      ),
    ]);
    const suit = engineOf([
      article(
        "suit-1",
        [
          "The Quarrington pension fund sued to block Valtteri Mining's takeover of Sabeline Metals.",
          "Casimiro Lund, an attorney for the pension fund, said the price ignored the value of the mines.",
          "Lawyers for Valtteri Mining called the suit baseless.",
        ].join("\n\n"),
      ),
    ]);
    const club = engineOf([
      article(
        "club-1",
        [
          "Glenmoor Holdings bought the Tidemoor football club for £90 million.",
          "Tidemoor's solicitor, Fenella Graydon, confirmed the sale had been registered.",
          "The league's lawyers approved the paperwork on Friday.",
        ].join("\n\n"),
      ),
    ]);
    expect(court.answer("who's the lawyer for the creditors' committee?").answer).toBe("Mirela Vostok");
    expect(suit.answer("who is the pension fund's lawyer?").answer).toBe("Casimiro Lund");
    expect(club.answer("who is Tidemoor's lawyer?").answer).toBe("Fenella Graydon");
  });
});

describe("answerQuestion: who did the asked act", () => {
  it("answers 'who advised X on …?' from the sentence doing the act, over ones sharing more of its words", () => {
    // A ferry sale: the deal's sentences name the parties; only one names who advised the buyer.
    const engine = engineOf([
      article(
        "ferry-1",
        [
          "Skarven Lines agreed to buy the Tollund ferry routes from Fenholt Shipping for $640 million.",
          "The purchase of the Tollund routes gives Skarven Lines eleven more ships.",
          "Halvard Partners advised Skarven.",
        ].join("\n\n"),
      ),
      article("ferry-2", "Skarven Lines will pay for the Tollund purchase with cash and new debt."),
    ]);
    expect(engine.answer("who advised Skarven on its purchase of the Tollund routes?").answer).toBe(
      "Halvard Partners",
    );
  });

  it("does not answer 'who advised X on …?' from an article never naming the deal asked", () => {
    // A ferry sale, and the same buyer's bond sale told elsewhere.
    const engine = engineOf([
      article(
        "ferry-1",
        "Skarven Lines agreed to buy the Tollund ferry routes from Fenholt Shipping for $640 million.",
      ),
      article("ferry-2", "Skarven Lines will pay for the Tollund purchase with cash and new debt."),
      article(
        "bond-1",
        "Skarven Lines sold bonds last year to pay for new ships, and Fenholt Shipping bought them. Halvard Partners advised Skarven on the bond sale.",
      ),
    ]);
    expect(engine.answer("who advised Skarven on its purchase of the Tollund routes?").answer).not.toMatch(
      /Halvard/,
    );
  });

  it("reads an adviser spelt 'advisor' as the one who advises", () => {
    // A biotech licence and a sports-team sale: press releases write "financial advisor".
    const engine = engineOf([
      article(
        "licence-1",
        [
          "Ostrel Therapeutics granted Brightlake Pharma an exclusive licence to its lead antibody for $90 million upfront.",
          "Pemberly Partners is serving as financial advisor and Tarrant Lowe LLP as legal counsel to Ostrel.",
        ].join("\n\n"),
      ),
      article("licence-2", "Brightlake Pharma said the Ostrel licence covers every market but China."),
      article(
        "team-1",
        [
          "The league's owners approved the sale of the Rasmore Harriers to Corbel Sports Capital on Friday.",
          "Wexley Advisory is acting as financial advisor to the Harriers' owners.",
        ].join("\n\n"),
      ),
    ]);
    expect(engine.answer("which firms advised Ostrel on the licence?").answer).toMatch(/Pemberly Partners/);
    expect(engine.answer("who advised on the Harriers sale?").answer).toMatch(/Wexley Advisory/);
  });
});

/** An engine over a handful of articles written for one test. */
/** An article of one paragraph a sentence. */
function paragraphs(id: string, ...sentences: string[]): Article {
  return article(id, sentences.join("\n\n"));
}

function engineOf(articles: Article[]): Engine {
  return createEngine(articles, { publicBaseUrl: "http://localhost:3000" });
}

describe("answerQuestion: a past event placing the asked fact in time", () => {
  it("answers without the event's words in the sentence, but declines a figure a present condition picks", () => {
    // A cider maker's sale, a copper mine's permit and a hospital takeover: the sentence stating the fact
    // dates it ("on Tuesday") or says nothing of when; the clause's event is told in another sentence.
    const engine = engineOf([
      paragraphs(
        "cider-1",
        "Ollerby Cider's board backed the £410 million bid from Tambrook Brewing on Tuesday, ending a month of talks.",
        "Ollerby shares closed up 9% at $31.40 on Tuesday.",
      ),
      paragraphs(
        "mine-1",
        "Mining minister Ruth Haldane signed the water permit for Vostrick Metals' copper mine on Friday.",
        '"This mine will bring work to the whole valley for thirty years," the minister said.',
        "Vostrick gets $40 million upfront from its partner Pendrel Resources.",
        "The first shipment should be loaded in 2028, which would trigger a milestone payment whose size was not disclosed.",
      ),
      paragraphs(
        "hospital-1",
        "Brightlea Health completed its takeover of the Dunmere hospital trust on Monday.",
        "The hospitals kept all 1,150 nurses on their wards through the winter.",
      ),
    ]);
    expect(engine.answer("Where did Ollerby shares close after the board backed the bid?").answer).toBe(
      "$31.40",
    );
    expect(engine.answer("What did the minister say when she signed the permit?").quotes[0]?.text).toContain(
      "bring work to the whole valley",
    );
    expect(
      engine.answer("How many nurses did the hospitals keep when Brightlea took control?").answer,
    ).toMatch(/1,150/);
    // Which payment is asked depends on the condition, which no sentence with an amount states.
    expect(engine.answer("How much does Vostrick get when the first shipment is loaded?").status).toBe(
      "no_answer",
    );
  });
});

describe("answerQuestion: reactions and market quotes of any security", () => {
  it("answers how units traded, how a party responded and how investors took the news", () => {
    // A warehouse trust's purchase, a shopping centre's sale and a cable merger: the sentence tells the
    // move or the act ("closed down", "objected", "questioned"), never the question's verb of reacting.
    const engine = engineOf([
      paragraphs(
        "trust-1",
        "Saltash Logistics Trust agreed to buy 22 warehouses from Yelverton Freight for C$1.4 billion, funded partly by new units sold at C$11.20 each.",
        "Saltash units closed down 3.8% at C$11.05 on Tuesday, as investors weighed the discount.",
      ),
      paragraphs(
        "mall-1",
        "Oakhurst Malls will sell its Dunmere centre to Corrimal Property for $210 million.",
        "A group of tenants led by a cinema chain objected to the purchase, saying the new owner would raise service charges.",
      ),
      paragraphs(
        "cable-1",
        "Trevane Cable agreed to merge with Kelso Networks in an all-stock deal.",
        "Trevane shares slid 6% in early trading, as some investors questioned the price paid for Kelso's fibre network.",
      ),
    ]);
    expect(engine.answer("How did Saltash's units trade on the news?").answer).toBe("3.8%");
    expect(engine.answer("What did Saltash units close at on Tuesday?").answer).toBe("C$11.05");
    expect(engine.answer("How did the tenants respond?").quotes[0]?.text).toContain("objected");
    expect(engine.answer("How did Trevane's investors take the news?").quotes[0]?.text).toContain(
      "questioned",
    );
  });
});

describe("answerQuestion: a cause asked with 'what'", () => {
  it("answers what sent a company into administration with the sentence telling why", () => {
    // A bakery chain's rescue sale and a ferry operator's ship sale: the cause is told with "after" or
    // "drove", and no name answers it.
    const engine = engineOf([
      paragraphs(
        "bakery-1",
        "Ashby Partners will buy the bakeries of Corrimal Foods for £40 million.",
        "Corrimal Foods went into administration in May after grain prices doubled and Ledbury Bank refused to extend its loans.",
      ),
      paragraphs(
        "fleet-1",
        "Dunmere Ferries sold four ships to Vostrick Lines for $95 million.",
        "A collapse in freight rates drove Dunmere Ferries to sell the ships.",
      ),
    ]);
    const sent = engine.answer("What sent Corrimal Foods into administration?");
    expect(sent.answer).toBe("");
    expect(sent.quotes[0]?.text).toContain("grain prices doubled");
    expect(engine.answer("What drove Dunmere Ferries to sell the ships?").quotes[0]?.text).toContain(
      "collapse in freight rates",
    );
  });
});

describe("answerQuestion: an amount paid before an act to come", () => {
  it("answers with the amount, not only one its sentence dates earlier", () => {
    // A spin-off's dividend and a port's sale: "before the split" orders acts still to come.
    const engine = engineOf([
      paragraphs(
        "spin-1",
        "Harrowby Group will spin off its Ferncliff pumps unit to shareholders next spring.",
        "Before the split, Ferncliff will borrow $700 million and pay Harrowby a cash dividend of $600 million.",
      ),
      paragraphs(
        "port-1",
        "Quenmore Ports will sell its river terminal to Saltash Logistics Trust for $90 million.",
        "Ahead of the sale, Quenmore will pay its pension fund $12 million.",
      ),
    ]);
    expect(engine.answer("How big is the dividend Ferncliff pays Harrowby before the spin-off?").answer).toBe(
      "$600 million",
    );
    expect(engine.answer("How much will Quenmore pay its pension fund before the sale?").answer).toBe(
      "$12 million",
    );
  });
});

describe("answerQuestion: words the articles put otherwise", () => {
  it("answers an acronym by the compound the articles spell it as, and the compound by the acronym", () => {
    // A court sale and a shipping loan: the articles write the lower-case compound, then the initials.
    const engine = engineOf([
      article(
        "court-1",
        [
          "Harrowgate Stores will be sold to Kelm Partners for $300 million at a court auction next month.",
          "The chain has been run during the case with a $90 million debtor-in-possession loan from Ardley Bank.",
        ].join("\n\n"),
      ),
      article(
        "court-2",
        [
          "Kelm Partners won the Harrowgate Stores auction with a $300 million bid.",
          "The DIP lenders are repaid in full once the sale closes.",
        ].join("\n\n"),
      ),
      article("ship-1", "Lorvik Shipping agreed to buy four tankers from Saren Maritime for $480 million."),
    ]);
    expect(engine.answer("how big is the DIP loan?").answer).toContain("$90 million");
  });

  it("reads a modifier or phrasal verb no article uses as colouring the question, not its subject", () => {
    // A telecom tower sale and a stadium rights deal: "whole" and "kick off" are words no sentence uses.
    const engine = engineOf([
      article(
        "tower-1",
        [
          "Norvell Telecom agreed to sell 4,000 towers to Brimstone Infrastructure in a contract worth $3.1 billion.",
          "The contract runs for 20 years, and the towers will keep carrying Norvell's network.",
          "Under the contract, Norvell leases space back on every tower.",
          "Layoffs at the tower business begin on March 3.",
          "Brimstone will hire 200 engineers to maintain the towers.",
        ].join("\n\n"),
      ),
      article(
        "stadium-1",
        [
          "The Quill City Rovers sold their stadium naming rights to Aldera Bank for $60 million.",
          "The contract covers ten seasons, and the club can end the contract after six.",
          "Aldera's contract is the league's largest of its kind.",
          "Fans will vote on a new club crest in the spring.",
        ].join("\n\n"),
      ),
    ]);
    expect(engine.answer("what's the whole tower contract worth?").answer).toContain("$3.1 billion");
    expect(engine.answer("when do the layoffs kick off?").answer).toContain("March 3");
  });
});

describe("answerQuestion: a kind of money asked by 'what'", () => {
  it("answers 'what fee …?' with the amount, not the names beside the fee", () => {
    // A freight sale's adviser: a fee is a thing of money, no kind of company.
    const engine = engineOf([
      article(
        "freight-1",
        [
          "Rolland Freight agreed to sell its trucking arm to Castine Logistics for $700 million.",
          "Customers of the trucking arm pay a monthly fee per truck, said Pema Osei, who runs the arm.",
        ].join("\n\n"),
      ),
      article(
        "freight-2",
        "Marsh Hollow, which advised Rolland on the sale, will earn a fee of $12 million, a filing shows.",
      ),
    ]);
    expect(engine.answer("what fee will the adviser earn?").answer).toBe("$12 million");
  });
});

describe("answerQuestion: a count where no amount answers", () => {
  it("answers 'how much' of a thing no money is with its quantity in a unit of measure", () => {
    // A spectrum sale, an office lease and a fibre build; the last told only as a modifier of the depot.
    const engine = engineOf([
      article(
        "units-1",
        "Regulators told Halvern to hand 15 MHz of radio spectrum in the 700 MHz band to a rival before closing.",
      ),
      article("units-2", "Tessaly will lease 38,500 square feet of office space in the tower from May."),
      article("units-3", "Orsolo will build a 12,000-square-foot depot beside the new ferry terminal."),
    ]);
    expect(engine.answer("how much radio spectrum does Halvern have to hand over?").answer).toBe("15 MHz");
    expect(engine.answer("how much office space is Tessaly leasing?").answer).toBe("38,500 square feet");
    expect(engine.answer("how much depot space will Orsolo build?").answer).toBe("12,000-square-foot");
  });

  it("answers a size by the count a sentence gives, and an output by the quantity mined a year", () => {
    const engine = engineOf([
      article(
        "listing-1",
        [
          "Quorvex Robotics priced its listing at $18 a share, raising $540 million.",
          "The over-allotment option covers 4.5 million more shares.",
        ].join("\n\n"),
      ),
      article("listing-2", "Quorvex shares opened at $21 on their first day."),
    ]);
    expect(engine.answer("how big is the over-allotment option?").answer).toMatch(/4\.5 million/);
    const mine = engineOf([
      article("gold-1", "Harrow Creek poured about 180,000 ounces of gold last year, Tamsin Mining said."),
      article("gold-2", "Tamsin Mining agreed to sell Harrow Creek to Beckett Gold for A$900 million."),
      article("ferry-1", "Kalla Lines carried 2 million passengers last year."),
    ]);
    expect(mine.answer("how much gold does Harrow Creek produce a year?").answer).toMatch(/180,000 ounces/);
  });
});

describe("answerQuestion: a word the articles say otherwise", () => {
  it("answers though the question's word is none of the articles' and a related word is elsewhere", () => {
    // "left" is no word of these articles; "remaining" is, in another sentence. The mine-life sentence
    // holds the rest of the question and answers it.
    const engine = engineOf([
      article(
        "copper-1",
        [
          "Brannock Resources agreed to sell the Kestrel Hill copper mine to Oriel Metals for $700 million.",
          "Kestrel Hill has a mine life of about 14 years at current output.",
          "The remaining 30% of Kestrel Hill is held by a Canadian pension fund.",
          "The mine employs 900 people and the mine's mill was rebuilt in 2021.",
          "Oriel said the mine would lift its copper output by a third.",
          "Union leaders said life in the town depends on the mine.",
          "Analysts said the price valued the mine fairly.",
          "Oriel will fund the purchase with cash and a new loan.",
        ].join("\n\n"),
      ),
      article("copper-2", "Brannock said the sale would extend the life of its balance sheet."),
      article("salt-1", "Halite Group will close its Cheshire salt works in 2027 and cut 200 jobs."),
      article("ferry-1", "Kalla Lines bought two ferries from Stena Nord for €90 million."),
    ]);
    expect(engine.answer("how many years of mine life are left?").answer).toMatch(/14 years/);
  });
});

describe("answerQuestion: a remark told to someone", () => {
  it("answers what a person told a paper with their remark, the paper named otherwise or not at all", () => {
    const engine = engineOf([
      article(
        "mill-1",
        [
          "Arbor Paper agreed to buy Pellam Mills, the family firm Anton Kessler built, for $640 million.",
          '"The mill stays open and so do I," Kessler told the Harbour Gazette in an interview.',
          "Kessler, 71, will remain chairman of the Pellam unit.",
        ].join("\n\n"),
      ),
      article("salt-1", "Halite Group will close its Cheshire salt works in 2027 and cut 200 local jobs."),
      article(
        "ferry-1",
        "Kalla Lines bought two ferries from Stena Nord for €90 million, a local paper said.",
      ),
    ]);
    expect(engine.answer("what did Kessler tell the local paper?").answer).toMatch(/mill stays open/);
  });
});

describe("answerQuestion: purpose and means", () => {
  it("answers how a buyer pays with the sentence saying what it pays with, though it says 'fund'", () => {
    const engine = engineOf([
      article(
        "mill-1",
        [
          "Ostrava Steel agreed to buy the Kessel rolling mill for €2.4 billion, its largest purchase in a decade.",
          "Ostrava will fund the purchase with €900 million of cash and a new bond sale, its finance chief said.",
        ].join("\n\n"),
      ),
      article("mill-2", "Analysts said the €2.4 billion price for the mill was high for a plant of its age."),
    ]);
    // Only the second sentence tells the means; the others share "purchase" and "mill" with the question.
    expect(engine.answer("how will Ostrava finance the purchase of the mill?").quotes[0]?.text).toMatch(
      /with €900 million of cash/,
    );
  });

  it("answers what money is for with the sentence binding a purpose to its use", () => {
    const engine = engineOf([
      article(
        "round-1",
        [
          "Corvid Therapeutics raised $140 million in a Series B round led by Elmstead Partners.",
          "The money values Corvid at $700 million, according to people familiar with the terms.",
          "Corvid said it would use the money to open a manufacturing site in Leiden, expand its laboratory in Boston and hire about 80 chemists and engineers over the next three years.",
        ].join("\n\n"),
      ),
      article("round-2", "Elmstead Partners has put money into four biotech companies this year."),
    ]);
    // "according to people" is no infinitive of purpose; "use the money to open" is.
    expect(engine.answer("what will the money be used for?").quotes[0]?.text).toMatch(
      /to open a manufacturing/,
    );
  });

  it("answers what a buyer of capacity will use it for", () => {
    const engine = engineOf([
      article(
        "grid-1",
        [
          "Helio Compute signed a ten-year deal to buy 400 megawatts of capacity from Tarn Energy.",
          "Helio must pay for the capacity whether or not it uses it, the filing shows.",
          "Helio said the capacity would be used to run its new data centers in Arizona.",
        ].join("\n\n"),
      ),
    ]);
    expect(engine.answer("what will Helio use the capacity for?").quotes[0]?.text).toMatch(/to run its new/);
  });
});

describe("answerQuestion: who holds an office", () => {
  it("answers 'who's the commissioner?' with the person holding the office, not a company", () => {
    // A sports league's media-rights deal: the broadcasters are companies, the commissioner a person.
    const engine = engineOf([
      article(
        "tv-1",
        "The Coastal Hockey League signed a $4 billion deal with Brightwave Media and Fenwright TV.",
      ),
      article("tv-2", "Commissioner Dana Okafor said the league wanted reach, not only money."),
    ]);
    const result = engine.answer("who's the commissioner?");
    expect(result.answerType).toBe("person");
    expect(result.answer).toBe("Dana Okafor");
  });

  it("answers 'who's chairing X's board?' with the person who will chair it, not other names", () => {
    // A food group's spin-off: the sentence opens with the new finance chief, and the chair is a former
    // vice chairman; the regulator and the parent named elsewhere chair nothing.
    const engine = engineOf([
      article(
        "spin-1",
        [
          "Pellmore Foods will spin off its snacks arm as Crestline Snacks next spring.",
          "Ana Ruiz, Pellmore's treasurer, will be Crestline's finance chief, and former vice chairman Tomas Brandt will chair the board.",
          "The Securities and Exchange Commission must declare Crestline's filing effective before a final vote by Pellmore's board.",
        ].join("\n\n"),
      ),
      article("spin-2", "Pellmore Foods said Crestline Snacks will be based in Dayton."),
    ]);
    expect(engine.answer("who's chairing Crestline's board?").answer).toBe("Tomas Brandt");
  });

  it("still answers who fills a company's role in the deal with a company", () => {
    // A chip plant subsidy: the state's governor is a person; the buyer of the plant a company.
    const engine = engineOf([
      article("fab-1", "Ohio Governor Mike Dunbar approved a $600 million grant for the Lorain plant."),
      article("fab-2", "The buyer of the Lorain plant is Vantor Semiconductor, which paid $1.2 billion."),
    ]);
    expect(engine.answer("who is the governor?").answer).toBe("Mike Dunbar");
    expect(engine.answer("who is the buyer of the Lorain plant?").answerType).toBe("organization");
  });
});

describe("answerQuestion: when an event happens", () => {
  it("gives a part of a year named against the article's date with its year", () => {
    // A bank merger and a mine sale, each dated by its article.
    const engine = engineOf([
      article(
        "bank-1",
        "Corven Bank agreed to buy Lisle Savings for $2.1 billion in shares.\n\nThe banks expect the merger to close in the second half of next year.",
        { published: "2026-11-03" },
      ),
      article(
        "mine-1",
        "Quorra Resources will sell its Pellin Ridge gold mine for A$900 million.\n\nThe sale should complete early next year, Quorra said.",
        { published: "2025-06-10" },
      ),
    ]);
    expect(engine.answer("when is the bank merger expected to close?").answer).toBe(
      "the second half of next year (2027)",
    );
    expect(engine.answer("when will the gold mine sale complete?").answer).toBe("early next year (2026)");
  });

  it("answers when a plant reaches full output from a time bound to 'full output', without the verb", () => {
    const engine = engineOf([
      article(
        "refinery-1",
        [
          "Solvik Energy will build a biofuel refinery near Gdansk, its first outside Norway.",
          "Construction starts next spring, with first fuel expected in 2029 and full output by 2031.",
          "The refinery will employ 900 people once it is running at full output.",
        ].join("\n\n"),
      ),
      article("refinery-2", "Solvik Energy shares rose 3% after the refinery plan was announced."),
    ]);
    const result = engine.answer("when will the refinery reach full output?");
    expect(result.answer).toBe("by 2031");
  });

  it("answers when a drug enters trials from the sentence binding the trials to a time", () => {
    const engine = engineOf([
      article(
        "biotech-1",
        [
          "Calloway Bio raised $210 million to develop its kidney disease drugs.",
          "Calloway expects to start human trials in the second half of 2028.",
        ].join("\n\n"),
      ),
      article("biotech-2", "Calloway Bio was founded in 2019 by two former Novartis chemists."),
    ]);
    expect(engine.answer("when will its drugs enter human trials?").answer).toMatch(/second half of 2028/);
  });

  it("answers when all of a supply is running, not when the contract ends, and sets neither against the other", () => {
    const engine = engineOf([
      article(
        "wind-1",
        "Brannock Wind will supply Tessel Data with power from 120 turbines; the contract runs until the end of 2040.",
      ),
      article(
        "wind-2",
        "The first Brannock turbines will be installed in 2027, and all 120 turbines should be running by mid-2029.",
      ),
      article("wind-3", "The Tessel contract with Brannock runs to the end of 2040, a filing shows."),
    ]);
    const result = engine.answer("when will all of the turbines be running?");
    expect(result.answer).toMatch(/2029/);
    expect(result.conflicts).toEqual([]);
  });
});

describe("answerQuestion: times of other events", () => {
  it("declines when a deal will close where the articles give only times of other events", () => {
    const engine = engineOf([
      article(
        "ipo-1",
        "Pallas Foods raised $640 million in its market debut on Thursday, after the deal was priced at $21 a share.",
      ),
      article("ipo-2", "Pallas Foods had revenue of $1.2 billion last year."),
    ]);
    const result = engine.answer("when will the deal close?");
    expect(result.status).toBe("no_answer");
    expect(result.status === "no_answer" && result.reason).toMatch(/other events/);
  });

  it("still answers a time given in the clause its event opens or closes", () => {
    const engine = engineOf([
      article(
        "merger-1",
        "The boards of both banks approved the merger, which is expected to close in the third quarter of 2027.",
      ),
      article(
        "merger-2",
        "At a conference in Zurich last month, the chief executive said the banks would cut 3,000 jobs.",
      ),
    ]);
    expect(engine.answer("when will the merger close?").answer).toMatch(/third quarter of 2027/);
    expect(engine.answer("when did the chief executive say the banks would cut jobs?").answer).toMatch(
      /Zurich|last month/,
    );
  });

  it("gives a relative day its calendar day from the article's date", () => {
    const engine = engineOf([
      article(
        "deal-1",
        "Ferrow Metals said on Tuesday that it agreed to buy Ostlund Mining for $900 million.",
        {
          published: "2026-03-05",
        },
      ),
    ]);
    expect(engine.answer("when did Ferrow agree to buy Ostlund?").answer).toBe("on Tuesday (March 3, 2026)");
  });
});

describe("answerQuestion: the time of a remark", () => {
  it("never answers when an event happens with the day someone spoke about it", () => {
    // A grocery merger and a jet lessor's sale: the dates after "said" and "told" are when they spoke.
    const engine = createEngine(
      [
        article(
          "g1",
          "Kelmart's chief executive said on Monday that the merger with Duvall would close soon.",
        ),
        article(
          "g2",
          "Kelmart and Duvall expect the merger to close in the first half of 2027, pending approval.",
        ),
        article("j1", "Aerlease told reporters on Tuesday that it would sell 14 jets to Skyward."),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    expect(engine.answer("when will the Kelmart Duvall merger close?").answer).toBe(
      "in the first half of 2027",
    );
    expect(engine.answer("when did Kelmart's chief executive say the merger would close?").answer).toBe(
      "on Monday",
    );
  });

  it("never dates an event by the day a remark on another matter was made", () => {
    // A bank merger: the chief executive's day of speaking is not when the merger closes.
    const engine = createEngine(
      [
        article(
          "b1",
          "Westmark's chief executive said on Monday that the board had changed its mind about the merger.",
        ),
        article("b2", "Westmark's board backs the merger, which needs a two-thirds vote."),
      ],
      { publicBaseUrl: "http://localhost:3000" },
    );
    expect(engine.answer("when is the Westmark merger supposed to close?").answer).not.toMatch(/Monday/);
  });
});

describe("answerQuestion: a question typed in capitals", () => {
  it("answers it as the same question in ordinary case", () => {
    for (const shouted of ["HOW MUCH IS THE DEAL WORTH?", "How Much Is The Deal Worth?"]) {
      expect(ask(shouted).answer, shouted).toBe(ask("how much is the deal worth?").answer);
    }
    expect(ask("WHO IS THE DEAL BETWEEN").answer).toBe(ask("who is the deal between?").answer);
  });
});

describe("answerQuestion: a planned event's time", () => {
  it("answers when a deal is supposed to close with its expected closing, not a trading day already past", () => {
    // A pipeline operator's takeover: the shares closed on a past weekday; the deal closes next year.
    const engine = engineOf([
      article(
        "pipe-1",
        [
          "Ostrava Midstream agreed to buy Tellen Pipelines for $3.1 billion.",
          "Based on Ostrava's closing price on Friday, the offer is worth $44 a Tellen share.",
        ].join("\n\n"),
        { published: "2026-06-08" },
      ),
      article(
        "pipe-2",
        [
          "Ostrava Midstream's purchase of Tellen Pipelines needs no vote by Ostrava holders.",
          "Closing is targeted for the first half of next year.",
        ].join("\n\n"),
        { published: "2026-06-09" },
      ),
    ]);
    for (const q of ["when is the merger supposed to close?", "when are they expecting to close?"]) {
      expect(engine.answer(q).answer, q).toMatch(/first half of next year/);
    }
  });

  it("declines when the only times near a planned event had passed when the articles were written", () => {
    // A grocery chain's sale: the only closing the articles date is the stock's on Tuesday.
    const engine = engineOf([
      article("shop-1", "Brennan Grocers shares closed at $12.40 on Tuesday, up 9%.", {
        published: "2026-02-12",
      }),
      article("shop-2", "Brennan Grocers agreed to sell itself to Calder Foods for $800 million.", {
        published: "2026-02-12",
      }),
    ]);
    const result = engine.answer("when do they expect to close this?");
    expect(result.status).toBe("no_answer");
  });
});

describe("answerQuestion: whether a deal is done", () => {
  // An airline's aircraft order, a utility merger and a software sale: what they still need says no.
  const engine = engineOf([
    article(
      "fleet-1",
      [
        "Osprey Air signed a deal for 40 Kestrel jets on Monday.",
        "Before the deal, Osprey flew only older planes.",
        "The order must still be approved by shareholders at a meeting on March 3.",
      ].join("\n\n"),
    ),
    article("fleet-2", "Osprey Air's deal for 40 jets is its largest ever."),
  ]);

  it("answers no from what the deal still needs, in words the question does not use", () => {
    const result = engine.answer("is this a done deal?");
    expect(result.answer).toMatch(/^No: The order must still be approved/);
  });

  it("answers yes where a sentence says the deal closed", () => {
    const closed = engineOf([
      article(
        "soft-1",
        "Larchmont Software completed the acquisition of Pennant Data on Tuesday, ending a six-month review.",
      ),
      article("soft-2", "Larchmont paid $1.2 billion for Pennant Data."),
    ]);
    expect(closed.answer("is the deal done?").answer).toMatch(/^Yes: Larchmont Software completed/);
  });

  it("reads 'has X done a deal before?' as no question of completion", () => {
    expect(engine.answer("has Osprey done a deal like this before?").answer).not.toMatch(
      /must still be approved/,
    );
  });
});

describe("answerQuestion: the story's deal among others'", () => {
  it("gives the story's contract length and flags the source disagreeing, never another party's", () => {
    // A data-centre operator's power contract; a newsletter compares a rival's and an earlier one.
    const engine = engineOf([
      article(
        "grid-1",
        "Tessel Data signed a 20-year contract to buy all the power of Brannock Wind's new farm.",
        { published: "2026-05-04" },
      ),
      article(
        "grid-2",
        [
          "Tessel Data's contract with Brannock Wind runs for 20 years from the farm's start.",
          "Brannock Wind shares rose 4% on the news.",
        ].join("\n\n"),
        { published: "2026-05-05" },
      ),
      article(
        "grid-3",
        [
          "Tessel Data signed a 25-year contract with Brannock Wind on Monday.",
          "Compare Corvane Cloud's Ashby contract in 2025: 400 megawatts for 15 years.",
          "The contract follows a 10-year agreement in 2023 between Tessel Data and a solar park.",
        ].join("\n\n"),
        { published: "2026-05-06" },
      ),
    ]);
    const result = engine.answer("how long is the contract for?");
    expect(result.answer).toMatch(/20/);
    expect(result.conflicts.flatMap((c) => c.values.map((v) => v.value))).toEqual(
      expect.arrayContaining([expect.stringMatching(/25/)]),
    );
  });

  it("reads a common noun's abbreviation in the question ('TV') as the word a sentence writes out", () => {
    // A football league's rights sale: the articles write "television", the question "TV".
    const engine = engineOf([
      article(
        "rights-1",
        "The Northern Football League's new television contracts with Arlo Media are worth $2.4 billion over six seasons.",
      ),
      article(
        "rights-2",
        [
          "The Northern Football League sold its rights to Arlo Media for six seasons.",
          "Each club's share of national TV money rises to about $40 million a season.",
        ].join("\n\n"),
      ),
    ]);
    expect(engine.answer("how much is the Northern Football League's new TV deal worth?").answer).toMatch(
      /2\.4/,
    );
  });
});

describe("answerQuestion: an amount not stated as asked", () => {
  const engineOf = (...bodies: string[]) =>
    createEngine(
      bodies.map((b, i) => article(`asked-${i}`, b)),
      { publicBaseUrl: "http://localhost:3000" },
    );

  it("answers with an amount a share where no total is given", () => {
    // A brewer's takeover and a chipmaker's buyback: the payout is only ever told per share.
    const brewer = engineOf(
      "Hollin Breweries agreed to sell itself to Castra Drinks in a cash deal announced on Monday.",
      "Castra said it would keep Hollin's dividend of 14 pence a share until the deal closes.",
    ).answer("how much is the dividend?");
    expect(brewer).toMatchObject({ status: "answered", answer: expect.stringContaining("14 pence") });
    const chips = engineOf(
      "Veyra Semiconductor will return cash to investors after a record year.",
      "Veyra will pay a special dividend of $1.35 a share, the board said.",
    ).answer("what dividend will Veyra pay?");
    expect(chips).toMatchObject({ status: "answered", answer: expect.stringContaining("1.35") });
  });

  it("answers with a figure dated last year before a sentence saying less of the question", () => {
    // A hospital group's purchase: its profit is told as last year's; the other sentence only has the price.
    const result = engineOf(
      "Larchmont Health will buy Pellinore Clinics for $2.3 billion, the companies said.",
      "Pellinore made an operating profit of $190 million last year on sales of $1.1 billion.",
    ).answer("what was Pellinore's operating profit?");
    expect(result).toMatchObject({ status: "answered", answer: expect.stringContaining("190 million") });
  });

  it("answers an earlier figure from a sentence placing it before the same event", () => {
    // A ferry operator's sale: the analysts' value before the bid, beside the bid itself.
    const result = engineOf(
      "Tessaly Ferries received a $1.9 billion bid from Orrick Marine on Tuesday.",
      "Analysts at Corrie Wendle had valued the ferry line at $1.4 billion before the bid.",
    ).answer("what was the ferry line worth before the bid?");
    expect(result).toMatchObject({ status: "answered", answer: expect.stringContaining("1.4 billion") });
  });

  it("answers with an amount inside a condition when the condition names what is asked", () => {
    // A steelworks' takeover: the union's demand is an amount inside an "unless" clause.
    const result = engineOf(
      "Garrow Steel agreed to be bought by Tennock Metals for $800 million.",
      "The union said it would oppose the deal unless Tennock funds the pension top-up of $95 million promised in 2024.",
    ).answer("how much is the pension top-up?");
    expect(result).toMatchObject({ status: "answered", answer: expect.stringContaining("95 million") });
  });

  it("reads a stake's worth as money, and a bonus as a thing of money", () => {
    const stake = engineOf(
      "The Aldous family, which owns 31% of Quenlow Foods, will sell its stake, worth about $620 million at the offer price.",
    ).answer("how much is the family's stake worth?");
    expect(stake).toMatchObject({ status: "answered", answer: expect.stringContaining("620 million") });
    const bonus = engineOf(
      "Quenlow's finance chief, Ida Farrant, will receive a retention bonus of up to $3 million under the offer.",
    ).answer("what bonus does Ida Farrant get?");
    expect(bonus).toMatchObject({ status: "answered", answer: expect.stringContaining("3 million") });
  });
});

describe("answerQuestion: names the question gives beside its subject", () => {
  // A wind-power purchase: the buyer, the seller and the farm are each named throughout.
  const power = () =>
    engineOf([
      article(
        "wind-a",
        [
          "Brenlow Data agreed to buy all the output of Solbeck Power's Vandemere wind farm for 15 years.",
          "Brenlow will pay roughly $61 per megawatt-hour, a filing showed.",
          "Brenlow Data is also building a data campus in Quenmoor for its cloud customers.",
          "Brenlow Data will also buy $150 million of new Solbeck Power shares.",
        ].join("\n\n"),
      ),
      article(
        "wind-b",
        [
          "Solbeck Power signed a 15-year deal to sell the Vandemere wind farm's power to Brenlow Data.",
          "Solbeck Power shares rose 9% on the news, and Brenlow Data slipped 1%.",
        ].join("\n\n"),
      ),
      article(
        "wind-c",
        [
          "Brenlow Data and Solbeck Power announced a power purchase agreement for the Vandemere wind farm.",
          "Brenlow Data will invest $150 million in Solbeck Power as part of the Vandemere agreement.",
        ].join("\n\n"),
      ),
    ]);

  it("answers a rate asked per an abbreviated unit by the rate written out, naming the subject only", () => {
    const engine = power();
    const result = engine.answer("how much does Brenlow pay per MWh for Vandemere's electricity?");
    expect(result.status).toBe("answered");
    expect(result.answer).toContain("$61");
    // The seller named after the subject is whom the subject pays: the sentence naming the payer tells it.
    const paid = engine.answer("what price per MWh will Brenlow pay Solbeck for Vandemere's electricity?");
    expect(paid.answer).toContain("$61");
  });

  it("reads a possessive as two names, each of which must stand", () => {
    // The campus is named, but no amount is given for it: the share purchase is Solbeck's, not the campus's.
    const result = power().answer("What will Brenlow's Quenmoor data campus cost?");
    expect(result.status).toBe("no_answer");
  });

  // A family's stake in a football club: the club names the deal; the buyer pays.
  const club = () =>
    engineOf([
      article(
        "club-a",
        [
          "The Ardwyn family agreed to sell its 51% stake in Oxcombe Rovers to Tarvello Capital.",
          "Tarvello Capital will pay $38.50 a share in cash for the family's stake.",
        ].join("\n\n"),
      ),
      article(
        "club-b",
        "Tarvello Capital is buying control of Oxcombe Rovers from the Ardwyn family, ending 40 years of family ownership.",
      ),
      article(
        "club-c",
        "Oxcombe Rovers fans cheered the sale to Tarvello Capital, which the Ardwyn family had resisted for years.",
      ),
    ]);

  it("answers a question naming the deal by a party with a sentence naming another party to it", () => {
    const result = club().answer("what is the Oxcombe deal's price per share?");
    expect(result.status).toBe("answered");
    expect(result.answer).toContain("$38.50");
  });
});

describe("answerQuestion: how much higher one level is than another", () => {
  const GAPS = [
    // A grocer's bankruptcy auction tells the gap as a percentage; a chemicals bid tells it as an amount.
    [
      "Ketterby Foods won the auction for Lathby Grocers with a bid of $96 million.\n\nThe winning bid is 28% above the opening offer.",
      "How much higher was the winning bid than the opening offer?",
      "28%",
    ],
    [
      "Castellan Chemicals raised its offer for Orlena Coatings to $1.2 billion, $150 million more than its first offer.",
      "How much higher is Castellan's new offer than its first offer?",
      "$150 million",
    ],
  ] as const;
  it("answers by the percentage above, or else by the amount more", () => {
    for (const [body, question, gap] of GAPS) {
      expect(engineOf([article("gap-a", body)]).answer(question).answer).toContain(gap);
    }
  });
});

describe("answerQuestion: a hedged count and an exact one", () => {
  it("answers with the exact count another source gives within the hedged count's rounding", () => {
    // A chain bought out of bankruptcy: one source rounds the stores kept, two give the number.
    const engine = engineOf([
      article("chain-a", "Tarvello plans to keep roughly 180 Mossgrove stores open after the sale."),
      article(
        "chain-b",
        "Tarvello bought Mossgrove out of bankruptcy. It will keep 184 shops open, a filing showed.",
      ),
      article(
        "chain-c",
        "Mossgrove was sold to Tarvello. The buyer is keeping 184 stores and closing the rest.",
      ),
    ]);
    expect(engine.answer("How many Mossgrove stores is Tarvello keeping open?").answer).toContain("184");
  });
});

describe("answerQuestion: a person by the office the question names", () => {
  it("answers who will hold a role from the subject of 'becomes' past a phrase in apposition", () => {
    // A cement spin-off: the new company's finance chief is named with the role she leaves first.
    const engine = engineOf([
      article(
        "spin-1",
        [
          "Talvern Group will spin off its cement unit as Brackmoor Materials early next year.",
          "Idony Carvell, Talvern's CFO since 2020, becomes Brackmoor's chief financial officer.",
        ].join("\n\n"),
      ),
    ]);
    expect(engine.answer("Who will be Brackmoor's CFO?").answer).toBe("Idony Carvell");
  });

  it("takes the subject, not a preposition's object, as the holder of a role after 'as'", () => {
    // A ferry merger: the executive moves to the merged line, whose name stands between.
    const engine = engineOf([
      article(
        "ferry-1",
        [
          "Dunmarrow Ferries agreed to merge with Kitterick Lines in an all-share deal.",
          "Kitterick finance chief Ysolt Brennagh will move to Dunmarrow as its CFO.",
        ].join("\n\n"),
      ),
    ]);
    expect(engine.answer("Who will be Dunmarrow's CFO?").answer).toBe("Ysolt Brennagh");
  });

  it("answers 'which judge' and 'which analyst' with the person the title binds", () => {
    // A retailer's court sale and a power contract.
    const court = engineOf([
      article(
        "court-1",
        [
          "Ferrisby Kitchens agreed to sell its stores to Halloran Retail for $180 million in bankruptcy court.",
          "Judge Morwen Tasker approved the Ferrisby Kitchens sale on Tuesday.",
        ].join("\n\n"),
      ),
    ]);
    const power = engineOf([
      article(
        "power-1",
        [
          "Kelvara Power signed a 15-year contract to supply a data centre operator.",
          "Penhallow Securities analyst Ilsa Tornquist estimated the contract was worth about $400 million a year.",
        ].join("\n\n"),
      ),
    ]);
    expect(court.answer("Which judge approved the Ferrisby Kitchens sale?").answer).toBe("Morwen Tasker");
    expect(power.answer("Which analyst estimated what the contract is worth?").answer).toBe("Ilsa Tornquist");
  });
});

describe("answerQuestion: who runs a part of a company", () => {
  it("answers 'who runs X's mine?' with the mine's manager, not X's chief executive", () => {
    // A copper-mine stake sale told by three sources: "runs X's mine" asks for whoever runs the mine, by
    // whatever title; the chief executive runs the company.
    const engine = engineOf([
      article(
        "mine-1",
        [
          "Tamsk Minerals agreed to sell a 30% stake in its Quorrel copper mine to Vessant Metals for $900 million.",
          "Tamsk chief executive Hollin Ostergaard said the Quorrel sale would cut the company's debt.",
        ].join("\n\n"),
      ),
      article(
        "mine-2",
        [
          "Vessant Metals will buy 30% of Tamsk Minerals' Quorrel mine.",
          "Maribeth Kessel, the general manager of the Quorrel mine, said output would rise next year.",
        ].join("\n\n"),
      ),
      article(
        "mine-3",
        "Tamsk Minerals shares rose after the Quorrel deal with Vessant Metals.\n\nTamsk has run the Quorrel mine since 1998; it employs 1,200 people.",
      ),
    ]);
    expect(engine.answer("Who runs Tamsk's Quorrel mine?").answer).toBe("Maribeth Kessel");
    expect(engine.answer("Who runs Tamsk Minerals?").answer).toBe("Hollin Ostergaard");
  });
});
