using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Namsmannen.Domain.Penger;

namespace Namsmannen.Application.Data;

/// <summary>
/// Every <see cref="Belop"/> is stored as numeric(14,2) kroner (a convention of the context, so no column of an amount
/// says it again); read back it passes the øre rule in <see cref="Belop"/>'s constructor, the one place that rule is.
/// </summary>
public sealed class Belopkonvertering() : ValueConverter<Belop, decimal>(belop => belop.Kroner, kroner => new Belop(kroner));
