package org.disclosurerollup.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosurerollup.catalog.Catalog;
import org.disclosurerollup.catalog.Template;

/** The whole-area figures of the report tests, consistent with the rules, and the inputs made of them. */
final class ReportFixtures {

    static final Catalog CATALOG = Catalog.fromClasspath();
    static final Template V2014 = CATALOG.template("V2014").orElseThrow();
    static final Template V2019 = CATALOG.template("V2019").orElseThrow();
    static final Template V2021 = CATALOG.template("V2021").orElseThrow();
    static final List<String> COMPILED_FROM = List.of("区政府及区直各部门", "各乡镇（街道）");

    private ReportFixtures() {
    }

    /** 2024 (V2021): 123 new applications, 18 carried in, 112 answered, 29 carried over. */
    static Map<String, BigDecimal> totals2024() {
        return new TotalsBuilder(V2021)
                .set("P02@M", "12").set("P02@R", "3").set("P02@V", "45")
                .set("P03@N", "1500").set("P04@N", "230").set("P05@N", "17").set("P06@AMT", "12.345")
                .set("A01@NP", "100").set("A01@CE", "15").set("A01@PW", "2").set("A01@LS", "3").set("A01@OT", "3")
                .set("A02@NP", "6").set("A02@CE", "7").set("A02@LS", "2").set("A02@OT", "3")
                .set("A03_1@NP", "60").set("A03_1@CE", "8")
                .set("A03_2@NP", "10")
                .set("A03_3_1@CE", "1").set("A03_3_4@NP", "2")
                .set("A03_4_1@NP", "20").set("A03_4_1@PW", "2")
                .set("A03_5_2@NP", "5")
                .set("A03_6_1@NP", "1").set("A03_6_3@LS", "3")
                .set("R1@KEEP", "3").set("R1@CORR", "1").set("R1@PEND", "1")
                .set("R2@KEEP", "1").set("R2@PEND", "1").set("R3@CORR", "1")
                .build();
    }

    /** 2023 (V2021): 100 new applications, 5 carried in, 87 answered, 18 carried over. */
    static Map<String, BigDecimal> totals2023() {
        return new TotalsBuilder(V2021)
                .set("P02@M", "10").set("P02@R", "3").set("P02@V", "40")
                .set("P03@N", "1200").set("P04@N", "250").set("P06@AMT", "10.004")
                .set("A01@NP", "80").set("A01@CE", "12").set("A01@PW", "3").set("A01@LS", "2").set("A01@OT", "3")
                .set("A02@NP", "5")
                .set("A03_1@NP", "45").set("A03_1@CE", "5")
                .set("A03_3_4@NP", "3")
                .set("A03_4_1@NP", "25").set("A03_4_1@PW", "3")
                .set("A03_5_2@NP", "4")
                .set("A03_6_1@NP", "2")
                .set("R1@KEEP", "2").set("R1@OTH", "1")
                .set("R2@KEEP", "1")
                .build();
    }

    /** 2022 (V2021), for the chart of the last years: 90 new applications, 2 reviews, no lawsuit. */
    static Map<String, BigDecimal> totals2022() {
        return new TotalsBuilder(V2021)
                .set("A01@NP", "90").set("A03_1@NP", "85")
                .set("R1@KEEP", "2")
                .build();
    }

    static ReportInput input2024(List<VerifyLine> toVerify) {
        return new ReportInput("凉州区", "全区", 2024, V2021, COMPILED_FROM, totals2024(),
                Optional.of(new YearTotals(2023, V2021, totals2023())),
                List.of(new YearTotals(2022, V2021, totals2022())), toVerify);
    }

    /** 2019 (V2019): 55 new applications, 51 answered, 4 carried over. */
    static Map<String, BigDecimal> totals2019() {
        return new TotalsBuilder(V2019)
                .set("P02@NEWMADE", "8").set("P02@NEWPUB", "8").set("P02@TOTPUB", "60")
                .set("P03@PREV", "120").set("P03@DELTA", "-3").set("P03@N", "900").set("P03B@N", "50")
                .set("P04@N", "180").set("P05@N", "9").set("P06@PREV", "12")
                .set("P07@CNT", "14").set("P07@AMT", "356.785")
                .set("A01@NP", "50").set("A01@CE", "5")
                .set("A03_1@NP", "30").set("A03_1@CE", "3").set("A03_2@NP", "5").set("A03_3_6@NP", "1")
                .set("A03_4_1@NP", "8").set("A03_5_1@NP", "2").set("A03_6@NP", "1").set("A03_6@CE", "1")
                .set("R1@KEEP", "1")
                .build();
    }

    /** 2016 or 2018 (V2014): 40 applications received, 38 answered, 3 of them refused. */
    static Map<String, BigDecimal> totalsV2014() {
        return new TotalsBuilder(V2014)
                .set("L01_1", "3200").set("L01_1a", "25").set("L01_1b", "30")
                .set("L01_2_1", "100").set("L01_2_2", "3000").set("L01_2_3", "400").set("L01_2_4", "500")
                .set("L01_2_5", "50")
                .set("L02_1", "12").set("L02_2_1", "6").set("L02_2_1a", "2").set("L02_2_2", "4").set("L02_2_2a", "1")
                .set("L02_2_3", "35").set("L02_2_4", "20").set("L02_2_5", "3")
                .set("L03_1_1", "10").set("L03_1_3", "25").set("L03_1_4", "5")
                .set("L03_2_1", "36").set("L03_2_2", "2")
                .set("L03_3_1", "5").set("L03_3_2", "20").set("L03_3_3", "4").set("L03_3_4a", "1").set("L03_3_4c", "2")
                .set("L03_3_5", "2").set("L03_3_6", "3").set("L03_3_7", "1")
                .set("L04_1", "2").set("L04_2", "1").set("L05_1", "1").set("L05_3", "1").set("L06", "4")
                .set("L07", "0.0512")
                .set("L08_1", "1").set("L08_2", "25").set("L08_3_1", "3").set("L08_3_2", "40").set("L08_4", "8.5")
                .set("L09_1", "3").set("L09_2", "5").set("L09_3", "260")
                .build();
    }

    /** An earlier V2014 year for the chart: {@code received} applications, {@code reviews} reviews, no lawsuit. */
    static Map<String, BigDecimal> earlierV2014(String received, String reviews) {
        return new TotalsBuilder(V2014).set("L03_1_3", received).set("L04_1", reviews).build();
    }

    /** 2019, the first year of V2019, compared with 2018 (V2014): no figure compares. */
    static ReportInput input2019() {
        return new ReportInput("凉州区", "全区", 2019, V2019, COMPILED_FROM, totals2019(),
                Optional.of(new YearTotals(2018, V2014, totalsV2014())), List.of(), List.of());
    }

    /** 2016 (V2014) without last year's run, with 2014 and 2015 for the chart. */
    static ReportInput input2016() {
        return new ReportInput("凉州区", "全区", 2016, V2014, COMPILED_FROM, totalsV2014(), Optional.empty(),
                List.of(new YearTotals(2014, V2014, earlierV2014("22", "1")),
                        new YearTotals(2015, V2014, earlierV2014("31", "2"))), List.of());
    }
}
