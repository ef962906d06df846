using MediatR;
using Namsmannen.Application.Features.Utlegg;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Web.Pages.Saksbehandling.Saker;

/// <summary>
/// Register the utleggsforretning: what was found, each item's exemption assessed, where the utleggspant is taken,
/// the cases handled together (samordning), and the § 7-10 reason when it is held without a varsel or before its day.
/// </summary>
public sealed class Utleggsforretning(IMediator mediator) : Handlingsside<HoldUtleggsforretning.Command, HoldUtleggsforretning.Result>(mediator)
{
    public const int Rader = 4;

    private readonly Skjemarader goder = new(nameof(HoldUtleggsforretning.Command.Formuesgoder));

    public override string Tittel => "Registrer utleggsforretningen";

    protected override IReadOnlyList<Handling> Handlinger => [Handling.TaUtleggspant, Handling.KonkluderIntetTilUtlegg];

    protected override HoldUtleggsforretning.Command Klar(HoldUtleggsforretning.Command data)
    {
        var utfylte = goder.Utfylte(data.Formuesgoder, g => !string.IsNullOrWhiteSpace(g.Beskrivelse));
        for (var i = 0; i < (data.Formuesgoder?.Count ?? 0); i++)
        {
            var felt = $"Data.Formuesgoder[{i}].Verdi";
            if (!string.IsNullOrWhiteSpace(data.Formuesgoder![i]?.Beskrivelse) && string.IsNullOrWhiteSpace(ModelState[felt]?.AttemptedValue))
            {
                ModelState.AddModelError(felt, $"Oppgi verdien av «{data.Formuesgoder[i].Beskrivelse.Trim()}».");
            }
        }

        return data with { Saksnummer = Saksnummer, Formuesgoder = utfylte };
    }

    public override string? Skjemafelt(string kommandofelt) => goder.Felt(kommandofelt);

    protected override string Kvittering(HoldUtleggsforretning.Result result) =>
        $"Utleggsforretningen er registrert: «{result.Stadium.Navn()}». {result.Registreringer.Count(r => r.Register != Domain.Regler.Register.Betalingsanmerkning)} registrering(er) er sendt."
        + (result.Samordnet.Count > 0 ? $" Samordnet med {string.Join(", ", result.Samordnet)}." : string.Empty);
}
