import { describe, expect, it } from "vitest";
import { appositeWords, baseBindings, datelineEnd, roleHolders } from "../../src/answer/bind-entities.js";
import { extractValues } from "../../src/answer/extract-values.js";

const namesOf = (text: string) => extractValues(text, (w) => w.toLowerCase()).names;

/** The holders, kinds and owners bound to the first occurrence of `role` in `text`. */
function bound(text: string, role: string) {
  const at = text.indexOf(role);
  const found = roleHolders(text, namesOf(text), [{ at, end: at + role.length }]);
  return {
    holders: found.holders.map((n) => n.text),
    kind: found.kind.map((n) => n.text),
    owners: found.owners.map((n) => n.text),
  };
}

describe("datelineEnd", () => {
  it("finds the end of a wire dateline with a date and an agency", () => {
    const text = "OSLO, March 3 (Reuters) - Fjordline agreed to buy a rival ferry operator.";
    expect(text.slice(datelineEnd(text))).toBe("Fjordline agreed to buy a rival ferry operator.");
  });

  it("finds a two-word city with only the agency, and a dash of any kind", () => {
    const text = "SAN DIEGO (AP) — Brightfin Labs raised $40 million.";
    expect(text.slice(datelineEnd(text))).toBe("Brightfin Labs raised $40 million.");
  });

  it("is 0 for a sentence that opens with a name, not a dateline", () => {
    expect(datelineEnd("Marlow Energy said on Monday it would sell its grid unit.")).toBe(0);
    expect(datelineEnd("IBM - the buyer - declined to comment.")).toBeGreaterThan(0);
  });
});

describe("roleHolders: a role noun that is a verb's object", () => {
  it("binds no name whose clause goes on to a verb before the role noun", () => {
    // A cement merger, a grocer's sale, a brewer's bid: the name does something to the role's holders.
    expect(
      bound(
        "Calder's board, led by chief executive Ivo Brandt, continues to urge shareholders to hold on.",
        "shareholders",
      ).holders,
    ).toEqual([]);
    expect(
      bound("Fenmart's founder, Ada Voss, asked investors to reject the offer.", "investors").holders,
    ).toEqual([]);
    expect(
      bound("Ostrava Capital, Brightfin's largest shareholder, said no.", "shareholder").holders,
    ).toEqual(["Ostrava Capital"]);
  });

  it("binds the subject of a clause ending in 'as' the role, and a name after the role and its kind", () => {
    // A loan syndicate, a court auction, a tender.
    expect(
      bound("That lender, Orrin Bank, agreed in May to act as lead arranger for the loan.", "arranger")
        .holders,
    ).toEqual(["Orrin Bank"]);
    expect(
      bound(
        "Kelso won the auction, beating stalking-horse bidder Pellham Retail by $40 million.",
        "stalking-horse",
      ).holders,
    ).toEqual(["Pellham Retail"]);
    // A clause of its own between the name and "as" says nothing of the name.
    expect(
      bound("Orrin Bank led the talks, and the ministry named a newcomer as lead arranger.", "arranger")
        .holders,
    ).toEqual([]);
  });

  it("binds a name that will become the role, as one that is it", () => {
    // A bank merger and an insurer's spin-off.
    expect(bound("Lisle chairman Owen Pike will become vice-chair.", "vice-chair").holders).toEqual([
      "Owen Pike",
    ]);
    expect(bound("Rhea Tan would become finance chief of the new insurer.", "finance chief").holders).toEqual(
      ["Rhea Tan"],
    );
  });
});

describe("appositeWords", () => {
  const first = (text: string, name: string) => {
    const found = namesOf(text).find((n) => n.text === name);
    if (!found) throw new Error(`no name ${name}`);
    return appositeWords(text, found);
  };

  it("finds the words in apposition before or after a name", () => {
    expect(first("Talks were led by finance chief Anil Mehta on Monday.", "Anil Mehta")).toBe(
      "finance chief",
    );
    expect(first("Helvo CEO Rosa Lind said the deal was fair.", "Rosa Lind")).toBe("CEO");
    expect(first("Hugo Brennan, an analyst at Pemberton, said it was cheap.", "Hugo Brennan")).toBe(
      "analyst",
    );
  });

  it("finds none where the name opens the sentence or a verb follows it", () => {
    expect(first("Rosa Lind said the deal was fair.", "Rosa Lind")).toBeUndefined();
  });
});

describe("roleHolders", () => {
  it("binds the person set off by a comma after a company's role noun", () => {
    expect(bound("Fjordline's chair, Sir Alan Brooke, said the offer was fair.", "chair").holders).toEqual([
      "Sir Alan Brooke",
    ]);
  });

  it("binds a name before the role noun in apposition or linked by 'is', not the possessor", () => {
    const text = "Ostrava Capital, Brightfin's largest shareholder, backed the sale.";
    expect(bound(text, "shareholder")).toEqual({
      holders: ["Ostrava Capital"],
      kind: [],
      owners: ["Brightfin"],
    });
    expect(bound("Lazard is Marlow's financial adviser on the sale.", "adviser").holders).toEqual(["Lazard"]);
  });

  it("binds a name before a role a lower-case possessor owns ('the board's')", () => {
    // A hostile bid, a chip-plant sale, a ferry contract.
    const bid = "Ingrid Orrell, the board's lead independent director, said the bid was too low.";
    expect(bound(bid, "director").holders).toEqual(["Ingrid Orrell"]);
    const plant = "Cobbett Saxby, the company's chief operating officer, will run the plant.";
    expect(bound(plant, "officer").holders).toEqual(["Cobbett Saxby"]);
    const ferry = "Rowle Harwell, the yard's finance chief, signed the contract.";
    expect(bound(ferry, "chief").holders).toEqual(["Rowle Harwell"]);
  });

  it("binds a name before a role a plural possessor owns ('the Harriers'', 'the noteholders'')", () => {
    // A sports-team sale, a bankruptcy plan, a drug licence: the possessor ends in "s'", not "'s".
    const team = "Thessaly Quorn, the Harriers' head coach, will stay on after the sale.";
    expect(bound(team, "coach").holders).toEqual(["Thessaly Quorn"]);
    const plan = "Berengar Brenck-Varga, the noteholders' financial adviser, backed the plan.";
    expect(bound(plan, "adviser").holders).toEqual(["Berengar Brenck-Varga"]);
    const licence = "Idonea Trevane, the Fennicks’ representative on the board, welcomed the licence.";
    expect(bound(licence, "representative").holders).toEqual(["Idonea Trevane"]);
  });

  it("binds every name of a list opened by 'such as'", () => {
    const text = "Lenders such as Nordbank, Helm Credit and Ridgeway lent the money.";
    expect(bound(text, "Lenders").holders).toEqual(["Nordbank", "Helm Credit", "Ridgeway"]);
  });

  it("binds the thing after a possessor, and the maker written before the noun", () => {
    expect(
      bound("The servers use accelerators, including Vantor's new V3 and V4 parts.", "accelerators").holders,
    ).toEqual(["V3", "V4"]);
    expect(
      bound("Training will run on Vantor's V3 accelerators from next year.", "accelerators").owners,
    ).toEqual(["Vantor"]);
  });

  it("binds a name ending with the noun as of that kind", () => {
    expect(bound("The lab will keep using Cirrus Cloud for inference.", "Cloud").kind).toEqual([
      "Cirrus Cloud",
    ]);
  });

  it("binds nothing where the sentence leaves the role's holder unnamed", () => {
    expect(bound("A second bidder had approached Brightfin in May, the people said.", "bidder")).toEqual({
      holders: [],
      kind: [],
      owners: [],
    });
  });
});

describe("baseBindings", () => {
  const bases = (text: string) =>
    baseBindings(text, namesOf(text)).map((b) => [b.place.text, b.company?.text ?? null]);

  it("binds the place of 'X, which is based in P' to X, not the other places of the sentence", () => {
    expect(bases("Fjordline, which is based in Bergen, also runs routes from Hirtshals and Kiel.")).toEqual([
      ["Bergen", "Fjordline"],
    ]);
  });

  it("binds the place a new company will be based or headquartered in to it", () => {
    // A spin-off and a merger: the company does not exist yet, so its base is told in the future.
    expect(bases("Veltrane will be headquartered in Aldous, where its largest mill is.")).toEqual([
      ["Aldous", "Veltrane"],
    ]);
    expect(bases("After the merger, Corlund Bank would be based in Tarnby, its chairman said.")).toEqual([
      ["Tarnby", "Corlund Bank"],
    ]);
  });

  it("binds 'the P-based group' to an unnamed company and 'P-based X' to X", () => {
    expect(bases("The Tampere-based group makes ferry engines.")).toEqual([["Tampere", null]]);
    expect(bases("Investors in Austin-based Brightfin Labs include two pension funds.")).toEqual([
      ["Austin", "Brightfin Labs"],
    ]);
  });

  it("binds 'its P head office' to the company the sentence names before it", () => {
    expect(bases("The merged insurer keeps its Rotterdam head office and the Aegis brand.")).toEqual([
      ["Rotterdam", null],
    ]);
  });

  it("binds a sentence opening 'Headquartered in P, X …' to X, and keeps a city's region", () => {
    expect(bases("Headquartered in Leipzig, Marlow Energy employs 2,000 people.")).toEqual([
      ["Leipzig", "Marlow Energy"],
    ]);
    expect(bases("Brightfin is headquartered in Portland, Maine, and sells to navies.")).toEqual([
      ["Portland, Maine", "Brightfin"],
    ]);
  });
});
