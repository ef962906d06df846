using System.Globalization;
using System.Xml.Linq;
using Namsmannen.Application.Features.Innbetalinger;

namespace Namsmannen.Application.Features.Utbetalinger;

/// <summary>
/// Namsmannen's own account, which payments arrive on and payouts leave from. The default is the demo's sample account
/// (<see cref="Camt054Eksempelfil.Eksempelkonto"/>), NOT a real bank account; production sets its own.
/// </summary>
public sealed record Namsmannskonto(string Navn, string Organisasjonsnummer, string Kontonummer, string Bic)
{
    public static Namsmannskonto Demo { get; } = new("Namsmannen (demo)", "998877660", Camt054Eksempelfil.Eksempelkonto, "DNBANOKK");
}

/// <summary>
/// Writes a distribution run as an ISO 20022 pain.001.001.03 (CustomerCreditTransferInitiation) file, the credit
/// transfer order Norwegian banks take: one payment information block from namsmannen's account, one transaction per
/// payout with its end-to-end id (the payout's id, so the bank's status report can be matched), the recipient's BBAN
/// and the statement text. Payouts to the state (the court fee) are posted internally and are not in the file.
/// </summary>
public static class Pain001
{
    public static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    public sealed record Overforing(Guid Id, string Mottaker, string Kontonummer, decimal Belop, string Tekst);

    public static byte[] Lag(Namsmannskonto konto, string meldingsId, DateTimeOffset opprettet, DateOnly betalingsdato, IReadOnlyList<Overforing> overforinger)
    {
        static XElement E(string navn, params object?[] innhold) => new(Ns + navn, innhold);
        static string Tall(decimal b) => b.ToString("0.00", CultureInfo.InvariantCulture);
        static XElement Konto(string kontonummer) => E("Id", E("Othr", E("Id", kontonummer), E("SchmeNm", E("Cd", "BBAN"))));
        static string Kort(string tekst, int lengde) => tekst.Length > lengde ? tekst[..lengde] : tekst;
        var antall = overforinger.Count.ToString(CultureInfo.InvariantCulture);
        var sum = Tall(overforinger.Sum(o => o.Belop));
        var dokument = new XDocument(new XDeclaration("1.0", "UTF-8", null), E("Document",
            E("CstmrCdtTrfInitn",
                E("GrpHdr",
                    E("MsgId", meldingsId),
                    E("CreDtTm", opprettet.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)),
                    E("NbOfTxs", antall),
                    E("CtrlSum", sum),
                    E("InitgPty", E("Nm", konto.Navn), E("Id", E("OrgId", E("Othr", E("Id", konto.Organisasjonsnummer), E("SchmeNm", E("Cd", "CUST"))))))),
                E("PmtInf",
                    E("PmtInfId", meldingsId + "-1"),
                    E("PmtMtd", "TRF"),
                    E("NbOfTxs", antall),
                    E("CtrlSum", sum),
                    E("PmtTpInf", E("InstrPrty", "NORM"), E("SvcLvl", E("Cd", "NURG"))),
                    E("ReqdExctnDt", betalingsdato.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    E("Dbtr", E("Nm", konto.Navn)),
                    E("DbtrAcct", Konto(konto.Kontonummer), E("Ccy", "NOK")),
                    E("DbtrAgt", E("FinInstnId", E("BIC", konto.Bic))),
                    E("ChrgBr", "SLEV"),
                    overforinger.Select(o => E("CdtTrfTxInf",
                        E("PmtId", E("InstrId", o.Id.ToString("N")), E("EndToEndId", o.Id.ToString("N"))),
                        E("Amt", E("InstdAmt", new XAttribute("Ccy", "NOK"), Tall(o.Belop))),
                        E("Cdtr", E("Nm", Kort(o.Mottaker, 70))),
                        E("CdtrAcct", Konto(o.Kontonummer)),
                        E("RmtInf", E("Ustrd", Kort(o.Tekst, 140)))))))));
        using var strom = new MemoryStream();
        dokument.Save(strom);
        return strom.ToArray();
    }
}
