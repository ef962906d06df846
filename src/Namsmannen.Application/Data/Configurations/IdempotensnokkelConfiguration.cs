using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Application.Data.Portal;
using Namsmannen.Domain.Parter;
using Namsmannen.Domain.Saker;

namespace Namsmannen.Application.Data.Configurations;

internal sealed class IdempotensnokkelConfiguration : IEntityTypeConfiguration<Idempotensnokkel>
{
    public void Configure(EntityTypeBuilder<Idempotensnokkel> builder)
    {
        builder.ToTable("idempotensnokler");
        builder.HasKey(k => new { k.KreditorId, k.Nokkel });
        builder.Property(k => k.Nokkel).HasMaxLength(100);
        builder.Property(k => k.Sti).HasMaxLength(200).IsRequired();
        builder.Property(k => k.ForesporselHash).IsRequired();
        // Text, not jsonb: a replay is the same bytes as the first answer.
        builder.Property(k => k.Svar).HasColumnType("text");
        builder.HasIndex(k => k.Opprettet);
        builder.HasOne<Kreditor>().WithMany().HasForeignKey(k => k.KreditorId).OnDelete(DeleteBehavior.Cascade);
    }
}
