using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Namsmannen.Domain.Saker;
using Namsmannen.Domain.Trekkordning;

namespace Namsmannen.Application.Data.Configurations;

/// <summary>The trekkpålegg (issue 17): one per decided utleggstrekk, sharing its id, with its versions in order.</summary>
internal sealed class TrekkpaleggConfiguration : IEntityTypeConfiguration<Trekkpalegg>
{
    public void Configure(EntityTypeBuilder<Trekkpalegg> builder)
    {
        builder.ToTable("trekkpalegg");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Orgnr).HasMaxLength(9).IsFixedLength().IsRequired();
        builder.Property(t => t.Regime).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Hjemmel).HasMaxLength(300).IsRequired();
        builder.HasIndex(t => t.SakId).IsUnique();
        builder.HasIndex(t => t.Orgnr);
        // The follow-up reads only the orders that still run, by the month they are due.
        builder.HasIndex(t => t.ForventesFra).HasFilter("stoppet IS NULL").HasDatabaseName("ix_trekkpalegg_lopende");
        builder.HasOne<Trekkvedtak>().WithOne().HasForeignKey<Trekkpalegg>(t => t.Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Sak>().WithMany().HasForeignKey(t => t.SakId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Versjoner).WithOne().HasForeignKey(v => v.TrekkId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(t => t.Versjoner).HasField("versjoner").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(t => t.Gjeldende);
        builder.Ignore(t => t.ErStoppet);
    }
}
