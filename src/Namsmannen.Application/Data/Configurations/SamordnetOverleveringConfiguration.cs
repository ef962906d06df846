using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Utlegg;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class SamordnetOverleveringConfiguration : IEntityTypeConfiguration<SamordnetOverlevering>
{
    public void Configure(EntityTypeBuilder<SamordnetOverlevering> builder)
    {
        builder.ToTable("samordnet_overleveringer");
        builder.HasKey(o => o.TrekkId);
        builder.Property(o => o.Saksnummer).HasMaxLength(20).IsRequired();
        builder.Property(o => o.Referanse).HasMaxLength(100);
        builder.Property(o => o.Avvist).HasMaxLength(500);
        builder.HasOne<Trekkpalegg>().WithOne().HasForeignKey<SamordnetOverlevering>(o => o.TrekkId).OnDelete(DeleteBehavior.Restrict);
    }
}
