using Microsoft.EntityFrameworkCore;
using Namsmannen.Application.Common;
using Namsmannen.Application.Data.Brevarkiv;
using Namsmannen.Application.Features.Oppbevaring;
using Namsmannen.Application.Tests.Infrastructure;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Tests.Features.Oppbevaring;

/// <summary>Issue 20, part 3: a closed case's letter files go with its attachments, and the journal counts what went.</summary>
public sealed class OppbevaringBrevTests(DatabaseFixture fixture) : OppbevaringTestbase(fixture), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_closed_cases_letter_files_are_deleted_and_counted_per_case_while_the_letters_stay()
    {
        var avsluttet = new DateTimeOffset(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);
        // Accepted first, which orders the receipt to the creditor, then henlagt.
        var forst = await AvsluttetSakAsync(avsluttet, "Brev Berit", godtaForst: true);
        var andre = await AvsluttetSakAsync(avsluttet, "Brev Bjarne", godtaForst: true);
        var brev = await Fixture.QueryAsync(db => db.Brev.Where(b => b.SakId == forst.Id || b.SakId == andre.Id).Select(b => new { b.Id, b.SakId }).ToListAsync());
        brev.Count(b => b.SakId == forst.Id).ShouldBe(1, "the receipt to the creditor");
        var brevIder = brev.Select(b => b.Id).ToList();
        // The files the outbox writes when it has composed a letter (Brevutsender): one per letter.
        await Fixture.QueryAsync(async db =>
        {
            db.Brevfiler.AddRange(brev.Select(b => new Brevfil { BrevId = b.Id, Html = "<p>Kvittering</p>", Pdf = Pdf.Innhold }));
            return await db.SaveChangesAsync();
        });

        var r = await Fixture.SendAsync(new Oppbevaringskjoring.Command());

        r.ShouldBe(new Oppbevaringskjoring.Result(Saker: 2, Vedlegg: 2, Brevfiler: 2, Anonymisert: 0, Innsendinger: 2, HoldtTilbake: 0));
        (await Fixture.QueryAsync(db => db.Brevfiler.CountAsync(f => brevIder.Contains(f.BrevId)))).ShouldBe(0);
        (await Fixture.QueryAsync(db => db.Brev.CountAsync(b => b.SakId == forst.Id))).ShouldBe(1, "the letter's journal stays");
        (await LinjerAsync(forst.Id))[^1].ShouldBe(("DOKUMENTER_SLETTET", "1 vedlegg og 1 brevfiler er slettet, 3 år etter at saken ble avsluttet 01.06.2022. Brevenes journal og revisjonsloggen står."));
        (await LinjerAsync(andre.Id))[^1].Beskrivelse.ShouldStartWith("1 vedlegg og 1 brevfiler er slettet");
    }
}
