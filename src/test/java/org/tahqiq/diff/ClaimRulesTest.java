package org.tahqiq.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tahqiq.article.Article;

/** One test per rule of roles, polarity, antonyms, entity swaps and copies, on sentences written for the case. */
class ClaimRulesTest {

  private static FactDiffReport diff(String a, String b) {
    return FactDiff.defaults().diff(List.of(Article.of("a", a), Article.of("b", b)));
  }

  private static Set<ConflictKind> kinds(FactDiffReport r) {
    return r.conflicts().stream().map(f -> f.conflictKind().orElseThrow()).collect(Collectors.toSet());
  }

  private static Fact onlyConflict(FactDiffReport r, ConflictKind kind) {
    List<Fact> c = r.conflicts();
    assertEquals(1, c.size(), c.toString());
    assertEquals(kind, c.get(0).conflictKind().orElseThrow(), c.toString());
    return c.get(0);
  }

  @Test
  void agesOfOneDeathAlignOnTheirRoleInHeadlines() {
    Fact f = onlyConflict(diff(
        "رحيل الممثل الكوميدي سمير فهمي عن عمر يناهز 72 عاما",
        "وفاة سمير فهمي عن 58 عاما"), ConflictKind.NUMBER);
    assertEquals(List.of("72", "58"), f.claims().stream().map(c -> c.value().replaceAll("[^0-9]", "")).toList());
  }

  @Test
  void theKilledAndTheInjuredAreNeverCompared() {
    FactDiffReport r = diff(
        "لقي 4 أشخاص مصرعهم وأصيب 9 آخرون في انهيار عقار قديم بمدينة المنيا",
        "انهيار عقار قديم بالمنيا: مقتل 4 أشخاص وإصابة 9");
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void aNegatedVerbIsAPolarityConflict() {
    Fact f = onlyConflict(diff(
        "الحكومة توافق على رفع أسعار الوقود مطلع الشهر المقبل",
        "الحكومة لم توافق على رفع أسعار الوقود مطلع الشهر المقبل"), ConflictKind.POLARITY);
    assertEquals(FactKind.STATEMENT, f.kind());
    assertTrue(f.claims().get(1).value().startsWith("لم"), f.claims().toString());
    assertTrue(f.claims().get(1).normalized().startsWith("not "), f.claims().toString());
  }

  @Test
  void aDenialIsAPolarityConflict() {
    onlyConflict(diff(
        "الجيش يعلن انسحاب قواته من المدينة الحدودية",
        "الجيش ينفي انسحاب قواته من المدينة الحدودية"), ConflictKind.POLARITY);
  }

  @Test
  void twoNegativeStatementsAreNoPolarityConflict() {
    assertEquals(List.of(), diff(
        "الوزير: لا نية لرفع أسعار الخبز المدعم هذا العام",
        "الوزير يؤكد أنه لا توجد نية لرفع أسعار الخبز المدعم").conflicts());
  }

  @Test
  void stillIsNotANegation() {
    assertEquals(List.of(), diff(
        "المعتصمون لا يزالون في ميدان التحرير حتى مساء الجمعة",
        "المعتصمون في ميدان التحرير حتى مساء الجمعة").conflicts());
  }

  @Test
  void oppositeWordsAreAnAntonymConflict() {
    Fact f = onlyConflict(diff(
        "ارتفاع أسعار الذهب في الأسواق المحلية بعد قرار البنك المركزي",
        "انخفاض أسعار الذهب في الأسواق المحلية بعد قرار البنك المركزي"), ConflictKind.ANTONYM);
    assertEquals(List.of("ارتفاع", "انخفاض"), f.claims().stream().map(Claim::value).toList());
  }

  @Test
  void aDeathSentenceAndAnAcquittalConflict() {
    onlyConflict(diff(
        "محكمة الجنايات تقضي بإعدام المتهم الأول في قضية مقتل التاجر",
        "محكمة الجنايات تقضي ببراءة المتهم الأول في قضية مقتل التاجر"), ConflictKind.ANTONYM);
  }

  @Test
  void aNegatedOppositeIsTheSameStatement() {
    assertEquals(List.of(), diff(
        "أسعار القطن ترتفع في بورصة الإسكندرية خلال تعاملات الثلاثاء",
        "أسعار القطن لا تنخفض في بورصة الإسكندرية خلال تعاملات الثلاثاء").conflicts());
  }

  @Test
  void anotherPlaceForTheSameEventIsAnEntityConflict() {
    Fact f = onlyConflict(diff(
        "انفجار قنبلة بدائية الصنع أمام مديرية الأمن في الإسكندرية",
        "انفجار قنبلة بدائية الصنع أمام مديرية الأمن في الإسماعيلية"), ConflictKind.ENTITY);
    assertEquals(List.of("place:alexandria", "place:ismailia"), f.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void aCountryFromTheJdkNamesIsAnEntity() {
    Fact f = onlyConflict(diff(
        "وصل وزير الخارجية إلى فنزويلا في زيارة رسمية تستغرق يومين",
        "وصل وزير الخارجية إلى بوليفيا في زيارة رسمية تستغرق يومين"), ConflictKind.ENTITY);
    assertEquals(List.of("place:iso-ve", "place:iso-bo"), f.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void theSameSentenceNeverConflictsWhateverThePublicationDates() {
    String text = "وقال المتحدث باسم الوزارة إن اللجنة ستعقد اجتماعها اليوم لبحث أزمة نقص السولار في المحافظات.";
    FactDiffReport r = FactDiff.defaults().diff(List.of(
        Article.builder("wire", text).published(LocalDateTime.of(2013, 3, 4, 10, 0)).build(),
        Article.builder("copy", text).published(LocalDateTime.of(2013, 3, 5, 9, 0)).build()));
    assertEquals(List.of(), r.conflicts());
    Fact today = r.facts().stream().filter(f -> f.kind() == FactKind.TIME).findFirst().orElseThrow();
    assertEquals(Outcome.AGREE, today.outcome());
  }

  @Test
  void aCopysRelativeDateResolvesAgainstTheEarliestPublication() {
    String body = " وأوضح أن الاجتماع سيناقش خطة توزيع الحصص على المحطات وآليات الرقابة على المستودعات."
        + " وأشار إلى أن الوزارة ضخت كميات إضافية من السولار في الأسواق خلال الأسبوع الماضي."
        + " ودعا المواطنين إلى عدم تخزين الوقود والإبلاغ عن أي مخالفات في محطات البنزين.";
    Article wire = Article.builder("wire",
            "وقال المتحدث باسم وزارة البترول إن اللجنة تعقد اجتماعها اليوم لبحث أزمة السولار." + body)
        .published(LocalDateTime.of(2013, 3, 4, 10, 0)).build();
    Article copy = Article.builder("copy",
            "قال المتحدث باسم وزارة البترول إن اللجنة تعقد اجتماعها اليوم لبحث أزمة نقص السولار." + body)
        .published(LocalDateTime.of(2013, 3, 5, 9, 0)).build();
    FactDiffReport r = FactDiff.defaults().diff(List.of(wire, copy));
    assertEquals(List.of(), r.conflicts());
  }

  @Test
  void aBoundIsAnApproximateValueAtTheBound() {
    Fact f = onlyConflict(diff(
        "الأغنية الجديدة تحقق أكثر من 22 مليون مشاهدة على يوتيوب",
        "الأغنية الجديدة تحقق أكثر من 500 مليون مشاهدة على يوتيوب"), ConflictKind.NUMBER);
    assertEquals(FactKind.QUANTITY, f.kind());
    assertEquals(List.of(), diff(
        "شارك أكثر من 500 متظاهر في المسيرة أمام قصر الاتحادية",
        "شارك 520 متظاهرا في المسيرة أمام قصر الاتحادية").conflicts());
  }

  @Test
  void relativeTimesWithoutPublicationDateAreNotComparedAcrossArticles() {
    assertTrue(kinds(diff(
        "وصل وفد صندوق النقد الدولي أمس إلى القاهرة لاستئناف المفاوضات حول القرض",
        "وصل وفد صندوق النقد الدولي اليوم إلى القاهرة لاستئناف المفاوضات حول القرض")).isEmpty());
  }

  @Test
  void usersAddAntonymsRolesAndCues() throws Exception {
    FactDiff custom = FactDiff.builder()
        .addAntonyms(new StringReader("صيفي|الصيفي\tشتوي|الشتوي\n"))
        .addPolarityCues(new StringReader("مستبعد\tDENIAL\n"))
        .addRoles(new StringReader("مقعدا\tSEATS\n"))
        .build();
    FactDiffReport r = custom.diff(List.of(
        Article.of("a", "الحكومة تعلن العمل بالتوقيت الصيفي اعتبارا من الجمعة المقبلة"),
        Article.of("b", "الحكومة تعلن العمل بالتوقيت الشتوي اعتبارا من الجمعة المقبلة")));
    assertEquals(Set.of(ConflictKind.ANTONYM), kinds(r));
    assertThrows(IllegalArgumentException.class,
        () -> FactDiff.builder().addPolarityCues(new StringReader("ليس\tMAYBE\n")));
    assertThrows(IllegalArgumentException.class,
        () -> FactDiff.builder().addAntonyms(new StringReader("صعود هبوط\n")));
  }

  @Test
  void aCopyThatRewordsARelativeDayIsNoConflictButAChangedDateIs() {
    String body = " وأوضح أن الاجتماع سيناقش خطة توزيع الحصص على المحطات وآليات الرقابة على المستودعات."
        + " وأشار إلى أن الوزارة ضخت كميات إضافية من السولار في الأسواق خلال الأسبوع الماضي.";
    LocalDateTime morning = LocalDateTime.of(2013, 3, 4, 10, 0);
    LocalDateTime evening = LocalDateTime.of(2013, 3, 4, 19, 0);
    FactDiffReport reworded = FactDiff.defaults().diff(List.of(
        Article.builder("wire", "والتقى وزير البترول اليوم – الاثنين بممثلي شركات التوزيع في القاهرة." + body)
            .published(morning).build(),
        Article.builder("copy", "والتقى وزير البترول، أمس – الاثنين بممثلي شركات التوزيع في القاهرة." + body)
            .published(evening).build()));
    assertEquals(List.of(), reworded.conflicts());
    FactDiffReport changed = FactDiff.defaults().diff(List.of(
        Article.builder("wire", "والتقى وزير البترول يوم 6 مارس بممثلي شركات التوزيع في القاهرة." + body)
            .published(morning).build(),
        Article.builder("copy", "والتقى وزير البترول يوم 8 مارس بممثلي شركات التوزيع في القاهرة." + body)
            .published(evening).build()));
    assertEquals(List.of(ConflictKind.DATE),
        changed.conflicts().stream().map(f -> f.conflictKind().orElseThrow()).toList());
  }

  @Test
  void aDecimalReversedByARightToLeftCopyIsNoConflict() {
    assertTrue(kinds(diff(
        "وكشفت الشركة أن مبيعاتها بلغت 5.88 مليار دولار في الربع الأخير من العام الماضي",
        "وكشفت الشركة أن مبيعاتها بلغت 88.5 مليار دولار في الربع الأخير من العام الماضي")).isEmpty());
    assertEquals(Set.of(ConflictKind.NUMBER), kinds(diff(
        "وكشفت الشركة أن مبيعاتها بلغت 5.88 مليار دولار في الربع الأخير من العام الماضي",
        "وكشفت الشركة أن مبيعاتها بلغت 7.88 مليار دولار في الربع الأخير من العام الماضي")));
  }

  @Test
  void aCompoundNameWrittenJoinedOrApartIsOneName() {
    assertTrue(PersonRoles.sameWords("عبدالرحمن ابوالعلا", "عبد الرحمن ابو العلا"));
    assertTrue(PersonRoles.sameWords("عبدالله", "عبد الله"));
    assertFalse(PersonRoles.sameWords("عبدالرحمن ابوالعلا", "عبد الرحيم ابو العلا"));
    assertFalse(PersonRoles.sameWords("محمد مرسي", "محمد بديع"));
  }

  @Test
  void anAntonymKeepsItsSideBehindAProclitic() {
    assertEquals(Set.of(ConflictKind.ANTONYM), kinds(diff(
        "اتجاه حكومي لزيادة أسعار الكهرباء للمصانع مطلع العام المالي",
        "اتجاه حكومي لخفض أسعار الكهرباء للمصانع مطلع العام المالي")));
    assertEquals(Set.of(ConflictKind.ANTONYM), kinds(diff(
        "المحكمة تقضي بإدانة مدير الشركة في قضية الأموال العامة",
        "المحكمة تقضي ببراءة مدير الشركة في قضية الأموال العامة")));
  }

  @Test
  void valuesBothSentencesStateAreNeverComparedWithTheirNeighbours() {
    FactDiffReport r = diff(
        "الجيش الجزائري: مقتل 14 إرهابيا و3 جنود منذ بدء العملية في الجنوب",
        "أعلن الجيش الجزائري عن مقتل 14 إرهابيا و3 جنود منذ بدء العملية في الجنوب");
    assertEquals(List.of(), r.conflicts());
    assertEquals(2, r.withOutcome(Outcome.AGREE).stream().filter(f -> f.kind() == FactKind.QUANTITY).count());
    Fact changed = onlyConflict(diff(
        "وتمكنت الشرطة من ضبط 4 متهمين اعترفوا بارتكاب السرقة بالاشتراك مع 4 آخرين هاربين",
        "وتمكنت الشرطة من ضبط 6 متهمين اعترفوا بارتكاب السرقة بالاشتراك مع 4 آخرين هاربين"), ConflictKind.NUMBER);
    assertEquals(List.of("4", "6"), changed.claims().stream().map(Claim::normalized).toList());
  }

  @Test
  void newsAntonymClassesConflict() {
    for (String[] pair : new String[][] {
        {"قوات الجيش تتقدم نحو مدينة الرقة من المحور الشمالي", "قوات الجيش تتراجع عن مدينة الرقة من المحور الشمالي"},
        {"السلطات تعدم ثلاثة مدانين في قضية تهريب المخدرات", "السلطات تعفو عن ثلاثة مدانين في قضية تهريب المخدرات"},
        {"أحزاب المعارضة تشارك في الانتخابات البلدية المقبلة", "أحزاب المعارضة تقاطع الانتخابات البلدية المقبلة"},
        {"وزير الخارجية يحذر من الاتفاق التجاري الجديد مع الجارة", "وزير الخارجية يرحب بالاتفاق التجاري الجديد مع الجارة"},
        {"مظاهرات سلمية في شوارع العاصمة للمطالبة بالإصلاح", "مظاهرات عنيفة في شوارع العاصمة للمطالبة بالإصلاح"}}) {
      assertEquals(Set.of(ConflictKind.ANTONYM), kinds(diff(pair[0], pair[1])), pair[0]);
    }
  }

  /** Short headlines often share only their subject; the opposite words still conflict. */
  @Test
  void headlinesSharingOnlyTheirSubjectStillConflictOnOppositeWords() {
    assertEquals(Set.of(ConflictKind.ANTONYM), kinds(diff("القطن يواصل الصعود", "هبوط مفاجئ للقطن")));
  }

  @Test
  void aCapitalStandsForItsCountry() {
    assertEquals(Set.of(), kinds(diff(
        "أنقرة ترد على العقوبات الأمريكية الجديدة بفرض رسوم على السلع",
        "تركيا ترد على العقوبات الأمريكية الجديدة بفرض رسوم على السلع")));
    assertEquals(Set.of(ConflictKind.ENTITY), kinds(diff(
        "أنقرة ترد على العقوبات الأمريكية الجديدة بفرض رسوم على السلع",
        "طهران ترد على العقوبات الأمريكية الجديدة بفرض رسوم على السلع")));
    assertThrows(IllegalArgumentException.class,
        () -> FactDiff.builder().addSeats(new StringReader("place:ankara\tturkey\n")));
  }

  /** The same statement with another place in it: a swap, even without shared introducing words. */
  @Test
  void anotherPlaceInTheSameStatementConflicts() {
    Fact f = onlyConflict(diff(
        "واشنطن تقرر سحب بطاريات صواريخ باتريوت من الكويت والبحرين",
        "واشنطن تقرر سحب بطاريات صواريخ باتريوت من الأردن"), ConflictKind.ENTITY);
    assertEquals("place:iso-jo", f.claims().get(1).normalized());
  }
}
