package vn.thethuc.rules;

import java.util.List;

/** Every rule the checker runs, in the order of ND30-RULES.md (the three that need a parent feed: feed.FeedRules). */
public final class Catalog {
    private Catalog() {
    }

    public static List<Rule> all() {
        return List.of(
                new PageRules.Size(), new PageRules.Margins(), new PageRules.Numbers(),
                new TypographyRules.Family(), new TypographyRules.Legacy(), new TypographyRules.Nfc(),
                new TypographyRules.Language(),
                new TypographyRules.Color(), new PlaceholderRule(),
                new HeaderRules.QuocHieu(), new HeaderRules.TieuNgu(), new HeaderRules.CoQuan(),
                new SymbolRules.Format(), new SymbolRules.Loai(),
                new DateRules.Format(), new DateRules.Padding(), new DateRules.Valid(),
                new TitleRules.Type(), new TitleRules.TrichYeu(),
                new BodyRules.FontSize(), new BodyRules.Align(), new BodyRules.Indent(), new BodyRules.Spacing(),
                new BodyRules.CanCu(), new NumberingRules.Sequence(), new NumberingRules.Letters(),
                new BodyRules.EndMark(), new SymbolRules.Citation(), new BodyRules.CapsAgency(),
                new SignatureRules.Present(), new SignatureRules.Authority(), new SignatureRules.Format(),
                new SignatureRules.Name(), new SignatureRules.Keep(),
                new RecipientRules.KinhGui(), new RecipientRules.Present(), new RecipientRules.Label(),
                new RecipientRules.Items(), new RecipientRules.Luu(),
                new PlanRules.Sections());
    }
}
