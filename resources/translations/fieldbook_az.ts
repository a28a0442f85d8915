<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az" sourcelanguage="en">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../app/ui/screens/trainings.py" line="+89"/>
        <source>Beneficiary</source>
        <translation>Benefisiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day {n}
{date}</source>
        <translation>Gün {n}
{date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attended</source>
        <translation>İştirak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Bitirib</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Hələ yox</translation>
    </message>
</context>
<context>
    <name>AttentionBox</name>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="+107"/>
        <source>Needs attention</source>
        <translation>Diqqət tələb edir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Nə vaxtdan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing needs attention: every change went through.</source>
        <translation>Diqqət tələb edən heç nə yoxdur: bütün dəyişikliklər keçdi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Yenidən cəhd et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the selected change again, or all of them when none is selected</source>
        <translation>Seçilmiş dəyişikliyi, heç biri seçilməyibsə hamısını yenidən yoxla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused by the server</source>
        <translation>Server qəbul etmədi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be stored here</source>
        <translation>Burada saxlanıla bilmədi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention ({n})</source>
        <translation>Diqqət tələb edir ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{done} went through, {still} still need attention</source>
        <translation>{done} keçdi, {still} hələ də diqqət tələb edir</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../app/ui/screens/backup_box.py" line="+64"/>
        <source>Backups</source>
        <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>Qovluq seçin…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up now</source>
        <translation>İndi ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup…</source>
        <translation>Ehtiyat nüsxədən bərpa et…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder (a USB stick is best)</source>
        <translation>Qovluq (ən yaxşısı USB yaddaş)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily copies to keep</source>
        <translation>Saxlanılacaq gündəlik nüsxələr</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="vanished">Hələ ehtiyat nüsxə yoxdur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backup yet: connect the stick and back up now.</source>
        <translation>Hələ ehtiyat nüsxə yoxdur: USB yaddaşı qoşun və indi ehtiyat nüsxə çıxarın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {when}.</source>
        <translation>Son ehtiyat nüsxə: {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than a week: back up now.</source>
        <translation>Bir həftədən köhnədir: indi ehtiyat nüsxə çıxarın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup folder</source>
        <translation>Ehtiyat nüsxələr qovluğu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backing up…</source>
        <translation>Ehtiyat nüsxə çıxarılır…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}.</source>
        <translation>Saxlanıldı: {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup failed.</source>
        <translation>Ehtiyat nüsxə alınmadı.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up</source>
        <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from</source>
        <translation>Haradan bərpa edilsin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Bu ehtiyat nüsxə bərpa edilsin?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{district}, laptop {code}-{n}: {people} case files, {loans} loans, {pending} changes not yet synced.

The current database is kept aside, not deleted. Fieldbook closes after the restore; start it again.</source>
        <translation>{district}, noutbuk {code}-{n}: {people} şəxsi iş, {loans} kredit, hələ sinxronlaşdırılmamış {pending} dəyişiklik.

İndiki verilənlər bazası silinmir, kənarda saxlanılır. Bərpadan sonra Fieldbook bağlanır; onu yenidən başladın.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot restore</source>
        <translation>Bərpa etmək mümkün deyil</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored. The previous database is kept as {aside}.</source>
        <translation>Bərpa edildi. Əvvəlki verilənlər bazası {aside} kimi saxlanılıb.</translation>
    </message>
</context>
<context>
    <name>BeneficiariesScreen</name>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="+31"/>
        <source>Case file</source>
        <translation>Şəxsi iş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Əlillik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+59"/>
        <source>Loading case files…</source>
        <translation>Şəxsi işlər yüklənir…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Search by name or case number (Ctrl+F) — aliyeva finds Əliyeva</source>
        <translation>Ad və ya şəxsi iş nömrəsi (Ctrl+F) — aliyeva yazın, Əliyeva tapılar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All categories</source>
        <translation>Bütün kateqoriyalar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open and closed</source>
        <translation>Açıq və bağlı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New case file (Ctrl+N)</source>
        <translation>Yeni şəxsi iş (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beneficiaries</source>
        <translation>Benefisiarlar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading all case files…</source>
        <translation>Bütün şəxsi işlər yüklənir…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All districts</source>
        <translation>Bütün rayonlar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No case files yet — press Ctrl+N to register the first person.</source>
        <translation>Hələ şəxsi iş yoxdur — ilk şəxsi qeydiyyata almaq üçün Ctrl+N basın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches this search. Check the spelling or clear a filter.</source>
        <translation>Axtarışa uyğun heç kim yoxdur. Yazılışı yoxlayın və ya filtri təmizləyin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total} case files</source>
        <translation>{total} şəxsi işdən {shown}</translation>
    </message>
</context>
<context>
    <name>BeneficiaryForm</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="+44"/>
        <source>New case file</source>
        <translation>Yeni şəxsi iş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit case file {code}</source>
        <translation>Şəxsi işi düzəlt: {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Vaqif qızı</source>
        <translation>məs. Vaqif qızı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd.mm.yyyy</source>
        <translation>gg.aa.iiii</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has a disability</source>
        <translation>Əlilliyi var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lower-limb amputation</source>
        <translation>məs. ayağın amputasiyası</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent to keep and share this data was given</source>
        <translation>Məlumatların saxlanmasına və paylaşılmasına razılıq verilib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>gg.aa.iiii (boş: bu gün)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surname *</source>
        <translation>Soyad *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name *</source>
        <translation>Ad *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Ata adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex *</source>
        <translation>Cins *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date *</source>
        <translation>Doğum tarixi *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category *</source>
        <translation>Kateqoriya *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Əlillik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability note</source>
        <translation>Əlillik barədə qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>Şəxsiyyət vəsiqəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Razılıq tarixi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case status</source>
        <translation>Şəxsi işin vəziyyəti</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Likely duplicate</source>
        <translation>Ehtimal ki, təkrardır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case file with the same name and birth date already exists: {codes}.

Is this a different person? Choose Yes to save a new case file anyway.</source>
        <translation>Eyni ad və doğum tarixi ilə şəxsi iş artıq var: {codes}.

Bu başqa şəxsdir? Yenə də yeni şəxsi iş yaratmaq üçün «Bəli» seçin.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../../app/ui/screens/plan_form.py" line="+52"/>
        <source>Item</source>
        <translation>Əşya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price of one (₼)</source>
        <translation>Birinin qiyməti (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Kim ödəyir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add line</source>
        <translation>Sətir əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line</source>
        <translation>Sətri sil</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Budget {total}: own contribution {own}, in-kind grant {grant}, loan {loan}</source>
        <translation>Büdcə {total}: öz töhfəsi {own}, natura qrantı {grant}, kredit {loan}</translation>
    </message>
</context>
<context>
    <name>BulkEntryDialog</name>
    <message>
        <location filename="../../app/ui/screens/bulk_entry.py" line="+44"/>
        <source>The day&apos;s collections</source>
        <translation>Günün yığımı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each ticked loan is recorded as paid with the amount received. Untick who did not pay; type only the amounts that differ.</source>
        <translation>İşarələnmiş hər kredit alınan məbləğlə ödənilmiş kimi qeyd edilir. Ödəməyənlərin işarəsini götürün; yalnız fərqli məbləğləri yazın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To collect</source>
        <translation>Yığılmalı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received (₼)</source>
        <translation>Alınıb (₼)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Paid on</source>
        <translation>Ödəniş tarixi</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An amount is not a number</source>
        <translation>Məbləğlərdən biri rəqəm deyil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} repayments, {total}</source>
        <translation>{n} ödəniş, {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record {n} repayments…</source>
        <translation>{n} ödənişi qeyd et…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {n} repayments, {total} in all, each with its own receipt?</source>
        <translation>{n} ödəniş, cəmi {total}, hər biri öz qəbzi ilə qeyd edilsin?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the collections</source>
        <translation>Yığımı qeyd et</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} repayments recorded, receipts {first}–{last}.</source>
        <translation>{n} ödəniş qeyd edildi, qəbzlər {first}–{last}.</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../app/ui/screens/case_file.py" line="+48"/>
        <source>Edit case file</source>
        <translation>Şəxsi işi düzəlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case summary (PDF)…</source>
        <translation>Şəxsi işin xülasəsi (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>By</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — write the first one below.</source>
        <translation>Hələ qeyd yoxdur — ilkini aşağıda yazın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A visit, a phone call, a referral…</source>
        <translation>Ziyarət, telefon zəngi, yönləndirmə…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note</source>
        <translation>Qeyd əlavə et</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Başlayır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>İştirak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Bitirib</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enrolled in any training — enrol from the Trainings screen.</source>
        <translation>Heç bir təlimə yazılmayıb — «Təlimlər» bölməsindən yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings</source>
        <translation>Təlimlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Biznes növü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Tələb olunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Təqdim olunub</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+34"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No business plan yet — write one with the person after the training.</source>
        <translation>Hələ biznes plan yoxdur — təlimdən sonra şəxslə birlikdə yazın.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New business plan…</source>
        <translation>Yeni biznes plan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open plan</source>
        <translation>Planı aç</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No in-kind grant yet — an approved plan&apos;s grant lines become one.</source>
        <translation>Hələ natura qrantı yoxdur — təsdiqlənmiş planın qrant sətirləri qrant olur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over…</source>
        <translation>Təhvil ver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover act (PDF)…</source>
        <translation>Təhvil-təslim aktı (PDF)…</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Hand over the grant</source>
        <translation>Qrantı təhvil ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed over on (dd.mm.yyyy):</source>
        <translation>Təhvil tarixi (gg.aa.iiii):</translation>
    </message>
    <message>
        <source>No business plan submitted yet.</source>
        <translation type="vanished">Hələ biznes plan təqdim olunmayıb.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Business plan</source>
        <translation>Biznes plan</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="vanished">Verilib</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items</source>
        <translation>Əşyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Dəyəri</translation>
    </message>
    <message>
        <source>No in-kind grant given yet.</source>
        <translation type="vanished">Hələ natura şəklində qrant verilməyib.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Grants</source>
        <translation>Qrantlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Verilib</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No loans yet.</source>
        <translation>Hələ kredit yoxdur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New loan for this person</source>
        <translation>Bu şəxs üçün yeni kredit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loans</source>
        <translation>Kreditlər</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Əlillik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>Şəxsiyyət vəsiqəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on {date}</source>
        <translation>{date} tarixində verilib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given — ask before sharing any data</source>
        <translation>Verilməyib — məlumat paylaşmazdan əvvəl soruşun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Şəxsi işin vəziyyəti</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <location filename="../../app/ui/screens/charge_form.py" line="+30"/>
        <source>Charge on loan {n}</source>
        <translation>{n} kreditinə tutulma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 5,00</source>
        <translation>məs. 5,00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 12 days late on installment 3</source>
        <translation>məs. 3-cü ödənişdə 12 gün gecikmə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>Tutulma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (₼)</source>
        <translation>Məbləğ (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the charge</source>
        <translation>Tutulmanı qeyd et</translation>
    </message>
</context>
<context>
    <name>ChooseLoanDialog</name>
    <message>
        <location filename="../../app/ui/choose_loan.py" line="+37"/>
        <source>Which loan?</source>
        <translation>Hansı kredit?</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{n} loans match “{typed}”. Choose one:</source>
        <translation>“{typed}” ilə {n} kredit uyğun gəlir. Birini seçin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>İndi ödənməli</translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <location filename="../../app/ui/choose_person.py" line="+64"/>
        <source>Which person?</source>
        <translation>Hansı şəxs?</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{n} people match “{typed}”. Choose one:</source>
        <translation>“{typed}” yazısına {n} nəfər uyğun gəlir. Birini seçin:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="-117"/>
        <source>Sync conflicts</source>
        <translation>Sinxronlaşdırma ziddiyyətləri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value here</source>
        <translation>Buradakı dəyər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptop&apos;s value</source>
        <translation>Digər noutbukdakı dəyər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Haradan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Aşkarlanıb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts. Edits from every laptop agree.</source>
        <translation>Ziddiyyət yoxdur. Bütün noutbuklardakı dəyişikliklər uyğundur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the value here</source>
        <translation>Buradakı dəyəri saxla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the other laptop&apos;s value</source>
        <translation>Digər noutbukdakı dəyəri götür</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A supervisor resolves conflicts.</source>
        <translation>Ziddiyyətləri nəzarətçi həll edir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync conflicts ({n})</source>
        <translation>Sinxronlaşdırma ziddiyyətləri ({n})</translation>
    </message>
</context>
<context>
    <name>DueScreen</name>
    <message>
        <location filename="../../app/ui/screens/due.py" line="+74"/>
        <source>Officer</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>Bu günədək</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days late</source>
        <translation>Gecikmə günləri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Növbəti ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>Ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>Gecikmiş borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To collect</source>
        <translation>Yığılmalı</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation type="vanished">Son ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+96"/>
        <source>Nothing due in these days — no visit needed, or widen the dates.</source>
        <translation>Bu günlərdə ödəniş yoxdur — səfər lazım deyil və ya tarixləri genişləndirin.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Note…</source>
        <translation>Qeyd…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record repayment…</source>
        <translation>Ödənişi qeyd et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the day&apos;s collections…</source>
        <translation>Günün yığımını qeyd et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection sheet (PDF)…</source>
        <translation>Yığım vərəqi (PDF)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due list</source>
        <translation>Ödəniş siyahısı</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>promised {date}</source>
        <translation>söz verib: {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All officers</source>
        <translation>Bütün əməkdaşlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All villages</source>
        <translation>Bütün kəndlər</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All products</source>
        <translation>Bütün məhsullar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Yüklənir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} loans, {late} of them late · to collect {total}</source>
        <translation>{n} kredit, {late} gecikir · yığılmalı {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>last paid {amount} on {date}</source>
        <translation>son ödəniş {amount}, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing paid yet</source>
        <translation>hələ heç nə ödənilməyib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total owed {total}</source>
        <translation>ümumi borc {total}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{n} rows copied</source>
        <translation>{n} sətir kopyalandı</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/ui/common.py" line="+215"/>
        <source>Line {n}: </source>
        <translation>Sətir {n}: </translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <location filename="../../app/ui/screens/grant_form.py" line="+111"/>
        <source>In-kind grant — {person}</source>
        <translation>Natura qrantı — {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed over on this day (the act is signed)</source>
        <translation>Bu gün təhvil verilib (akt imzalanıb)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Əşyalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the grant</source>
        <translation>Qrantı qeyd et</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+33"/>
        <source>Import beneficiaries from Excel</source>
        <translation>Benefisiarları Excel-dən idxal et</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An .xlsx file made from the Fieldbook template</source>
        <translation>Fieldbook şablonu ilə hazırlanmış .xlsx faylı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Fayl seçin…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file</source>
        <translation>Faylı yoxla</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is written until every row is right. Problems are listed with their row and column; correct them in Excel and check again.</source>
        <translation>Bütün sətirlər düzgün olmayana qədər heç nə yazılmır. Problemlər sətir və sütunu ilə göstərilir; onları Excel-də düzəldib yenidən yoxlayın.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Sətir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found yet.</source>
        <translation>Hələ problem tapılmayıb.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are different people: import the likely duplicates too</source>
        <translation>Bunlar başqa şəxslərdir: ehtimal olunan təkrarları da idxal et</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import beneficiaries</source>
        <translation>Benefisiarların idxalı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such file: {path}</source>
        <translation>Belə fayl yoxdur: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the file…</source>
        <translation>Fayl yoxlanılır…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rows {rows}</source>
        <translation>sətirlər: {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name and birth date</source>
        <translation>ad və doğum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is likely already known: {where}</source>
        <translation>{name}, ehtimal ki, artıq qeydiyyatdadır: {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row is right.</source>
        <translation>Bütün sətirlər düzgündür.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} problems in {rows} of {total} rows. Nothing can be imported yet.</source>
        <translation>{total} sətirdən {rows} sətirdə {n} problem var. Hələ heç nə idxal etmək olmaz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All {n} rows are right.</source>
        <translation>Bütün {n} sətir düzgündür.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} look like people already known.</source>
        <translation>{d} nəfər artıq qeydiyyatda olanlara bənzəyir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import {n} case files</source>
        <translation>{n} şəxsi işi idxal et</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing…</source>
        <translation>İdxal edilir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {n} case files.</source>
        <translation>{n} şəxsi iş idxal edildi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Ləğv edildi. Heç nə yazılmadı.</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../../app/ui/screens/grant_form.py" line="-85"/>
        <source>Item</source>
        <translation>Əşya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value of one (₼)</source>
        <translation>Birinin dəyəri (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial numbers</source>
        <translation>Seriya nömrələri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add item</source>
        <translation>Əşya əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove item</source>
        <translation>Əşyanı sil</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="+211"/>
        <source>Join through a sync server</source>
        <translation>Sinxronlaşdırma serveri ilə qoşulmaq</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the server address and the one-time code head office gave for this laptop. The district&apos;s officers and records are then copied here.</source>
        <translation>Serverin ünvanını və baş ofisin bu noutbuk üçün verdiyi birdəfəlik kodu daxil edin. Sonra rayonun əməkdaşları və qeydləri bura köçürülür.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Qoşulmaq</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the server address and the code.</source>
        <translation>Serverin ünvanını və kodu daxil edin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to the server…</source>
        <translation>Serverə qoşulur…</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../../app/ui/screens/loan_detail.py" line="+47"/>
        <source>Due</source>
        <translation>Ödəmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Principal</source>
        <translation>Əsas borc</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+16"/>
        <source>Interest</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Ödəniş tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Qəbz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty</source>
        <translation>Cərimə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Haqq</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officer</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve…</source>
        <translation>Təsdiq et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject…</source>
        <translation>Rədd et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+199"/>
        <source>Disburse</source>
        <translation>Krediti ver</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Reverse selected entry…</source>
        <translation>Seçilmiş əməliyyatı ləğv et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write off…</source>
        <translation>Borcu sil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge a fee or penalty…</source>
        <translation>Haqq və ya cərimə tut…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record repayment…</source>
        <translation>Ödənişi qeyd et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt (PDF)…</source>
        <translation>Qəbz (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule card (PDF)…</source>
        <translation>Ödəniş qrafiki (PDF)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reverses an earlier entry: {reason}</source>
        <translation>əvvəlki əməliyyatı ləğv edir: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversed</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loan {n}</source>
        <translation>Kredit {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a year, {n} installments</source>
        <translation>illik, {n} ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {s}</source>
        <translation>Vəziyyət: {s}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed by {name}, awaiting a supervisor&apos;s approval</source>
        <translation>{name} təklif edib, nəzarətçinin təsdiqini gözləyir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved by {name} on {d}</source>
        <translation>{name} {d} tarixində təsdiq edib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by {name} on {d}</source>
        <translation>{name} {d} tarixində rədd edib</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proposed despite: {warnings} — {reason}</source>
        <translation>buna baxmayaraq təklif edilib: {warnings} — {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disbursed {d}</source>
        <translation>verilib: {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>principal outstanding {p}; total owed today {t}</source>
        <translation>əsas borc qalığı {p}; bu gün ümumi borc {t}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{d} days late</source>
        <translation>{d} gün gecikmə</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A supervisor other than the officer who proposed the loan decides</source>
        <translation>Krediti təklif edən əməkdaşdan başqa bir nəzarətçi qərar verir</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Approve loan</source>
        <translation>Krediti təsdiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve {number} for {name}? A note for the file (optional):</source>
        <translation>{name} üçün {number} təsdiq edilsin? İş üçün qeyd (istəyə görə):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject loan</source>
        <translation>Krediti rədd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is {number} for {name} rejected?</source>
        <translation>{name} üçün {number} niyə rədd edilir?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pay out {amount} to {name} today?</source>
        <translation>Bu gün {name} adına {amount} verilsin?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reverse entry</source>
        <translation>Əməliyyatın ləğvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this {kind} of {amount} reversed?</source>
        <translation>{amount} məbləğində bu əməliyyat ({kind}) niyə ləğv edilir?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write off</source>
        <translation>Borcun silinməsi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is what is still owed written off?</source>
        <translation>Qalan borc niyə silinir?</translation>
    </message>
</context>
<context>
    <name>LoansScreen</name>
    <message>
        <location filename="../../app/ui/screens/loans.py" line="+47"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translation>Benefisiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Verilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Qalıq borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Gecikmə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Əməkdaş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>Loading loans…</source>
        <translation>Kreditlər yüklənir…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Find a loan by number or name (Ctrl+F)</source>
        <translation>Krediti nömrə və ya ad ilə tapın (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late only</source>
        <translation>Yalnız gecikənlər</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reassign the loans shown…</source>
        <translation>Göstərilən kreditləri başqasına ver…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New loan (Ctrl+N)</source>
        <translation>Yeni kredit (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loans</source>
        <translation>Kreditlər</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All officers</source>
        <translation>Bütün əməkdaşlar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No loans yet — open a case file, or press Ctrl+N to create a loan.</source>
        <translation>Hələ kredit yoxdur — şəxsi işi açın və ya kredit yaratmaq üçün Ctrl+N basın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No loan matches. Clear the search or the filter.</source>
        <translation>Uyğun kredit yoxdur. Axtarışı və ya filtri təmizləyin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown} of {total} loans; {late} late</source>
        <translation>{total} kreditdən {shown}; {late} gecikir</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../app/ui/lock.py" line="+34"/>
        <source>Fieldbook is locked</source>
        <translation>Fieldbook kilidlənib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after a while without use. {name}, type your password to go on.</source>
        <translation>Bir müddət istifadə olunmadığı üçün kilidləndi. {name}, davam etmək üçün şifrənizi yazın.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Şifrə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="+16"/>
        <source>Fieldbook — log in</source>
        <translation>Fieldbook — giriş</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{district} office</source>
        <translation>{district} ofisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fieldbook (encrypted)</source>
        <translation>Fieldbook (şifrələnmiş)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Şifrə</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First time on this laptop? A colleague who already works on it types their login and password below, or enter the one-time code the administrator made for you on this laptop.</source>
        <translation>Bu noutbukda ilk dəfəsiniz? Burada artıq işləyən həmkarınız aşağıda öz loqinini və parolunu yazsın, ya da administratorun bu noutbukda sizin üçün yaratdığı birdəfəlik kodu daxil edin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colleague&apos;s login</source>
        <translation>Həmkarın loqini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s password</source>
        <translation>Həmkarın parolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or one-time code</source>
        <translation>və ya birdəfəlik kod</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First time on this laptop…</source>
        <translation>Bu noutbukda ilk dəfə…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+60"/>
        <source>Fieldbook — {district} office</source>
        <translation>Fieldbook — {district} ofisi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beneficiaries</source>
        <translation>Benefisiarlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>Təlimlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Kreditlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayments</source>
        <translation>Ödənişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due list</source>
        <translation>Ödəniş siyahısı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not part of your role</source>
        <translation>Sizin vəzifənizə aid deyil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{district} · laptop {code}-{n}</source>
        <translation>{district} · noutbuk {code}-{n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Oflayn — dəyişikliklər bu noutbukda saxlanılır</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export ledger workbook…</source>
        <translation>Uçot kitabını ixrac et…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import beneficiaries from Excel…</source>
        <translation>Benefisiarları Excel-dən idxal et…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the import template…</source>
        <translation>İdxal şablonunu saxla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the import template</source>
        <translation>İdxal şablonunu saxla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template saved to {path}</source>
        <translation>Şablon saxlanıldı: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That screen is not part of your role.</source>
        <translation>Bu bölmə sizin vəzifənizə aid deyil.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="+151"/>
        <source>DEMO (practice)</source>
        <translation>DEMO (məşq)</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <location filename="../../app/ui/screens/trainings.py" line="+77"/>
        <source>New training course</source>
        <translation>Yeni təlim kursu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Starting a small business</source>
        <translation>məs. Kiçik biznesə başlamaq</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Keçirilmə yeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>İlk gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (one session a day)</source>
        <translation>Günlər (gündə bir məşğələ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions needed to complete</source>
        <translation>Bitirmək üçün lazım olan məşğələlər</translation>
    </message>
</context>
<context>
    <name>NewLoanDialog</name>
    <message>
        <location filename="../../app/ui/screens/loan_form.py" line="+36"/>
        <source>New loan</source>
        <translation>Yeni kredit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name or case number</source>
        <translation>Ad və ya şəxsi iş nömrəsini yazın</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. 1 500,00</source>
        <translation>məs. 1 500,00</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why the loan is proposed anyway (the supervisor reads it)</source>
        <translation>Kredit niyə yenə də təklif edilir (nəzarətçi oxuyur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary</source>
        <translation>Benefisiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal (₼)</source>
        <translation>Kredit məbləği (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term (installments)</source>
        <translation>Müddət (ödənişlərin sayı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>To explain in writing: {warnings}</source>
        <translation>Yazılı izah tələb olunur: {warnings}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Ödəmə tarixi</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="vanished">Əsas borc</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="vanished">Faiz</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation type="vanished">Ödəniş</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="vanished">Qalıq</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Create loan</source>
        <translation>Kredit yarat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No loan products yet — a supervisor adds them in Settings → Loan products (or: fieldbook product add).</source>
        <translation>Hələ kredit məhsulu yoxdur — nəzarətçi onları Parametrlər → Kredit məhsulları bölməsində əlavə edir (və ya: fieldbook product add).</translation>
    </message>
    <message>
        <source>No loan products yet — a supervisor creates them first.</source>
        <translation type="vanished">Hələ kredit məhsulu yoxdur — əvvəlcə nəzarətçi onları yaratmalıdır.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose the person from the list (type part of the name)</source>
        <translation>şəxsi siyahıdan seçin (adın bir hissəsini yazın)</translation>
    </message>
    <message>
        <source>Total interest {i}, total to repay {t}</source>
        <translation type="vanished">Cəmi faiz {i}, cəmi qaytarılacaq {t}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no loan product to choose</source>
        <translation>seçmək üçün kredit məhsulu yoxdur</translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <location filename="../../app/ui/screens/officers.py" line="+42"/>
        <source>New officer</source>
        <translation>Yeni əməkdaş</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name</source>
        <translation>Tam adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (8 or more characters)</source>
        <translation>Şifrə (ən azı 8 simvol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Şifrə təkrar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the two passwords differ</source>
        <translation>şifrələr üst-üstə düşmür</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/screens/due.py" line="+28"/>
        <source>Note on {loan} — {name}</source>
        <translation>{loan} üzrə qeyd — {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the market was slow; will pay on Friday</source>
        <translation>məs. bazar zəif idi; cümə günü ödəyəcək</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no promise</source>
        <translation>söz verməyib</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised to pay on</source>
        <translation>Ödəməyə söz verdiyi gün</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note</source>
        <translation>Qeydi yadda saxla</translation>
    </message>
</context>
<context>
    <name>OfficersBox</name>
    <message>
        <location filename="../../app/ui/screens/officers.py" line="+58"/>
        <source>Officers of this office</source>
        <translation>Ofisin əməkdaşları</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vəzifə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an officer…</source>
        <translation>Əməkdaş əlavə et…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset password…</source>
        <translation>Parolu yenilə…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate or reactivate</source>
        <translation>Deaktiv et və ya bərpa et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An officer who left can no longer sign in; their records stay theirs</source>
        <translation>İşdən çıxan əməkdaş daha daxil ola bilməz; qeydləri onun adına qalır</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time code to open this laptop…</source>
        <translation>Bu noutbuku açmaq üçün birdəfəlik kod…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For an officer who has not yet signed in on this encrypted laptop: the code lets them in once, within 72 hours; from then on their own password opens it</source>
        <translation>Bu şifrələnmiş noutbukda hələ daxil olmamış əməkdaş üçün: kod onu 72 saat ərzində bir dəfə içəri buraxır; bundan sonra onun öz parolu noutbuku açır</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>Officers</source>
        <translation>Əməkdaşlar</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{name} signs in with the new password from now on.</source>
        <translation>{name} bundan sonra yeni parolla daxil olur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deactivate {name}? They can no longer sign in; their records stay theirs.</source>
        <translation>{name} deaktiv edilsin? Daha daxil ola bilməyəcək; qeydləri onun adına qalır.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {name} sign in again?</source>
        <translation>{name} yenidən daxil ola bilsin?</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>One-time code</source>
        <translation>Birdəfəlik kod</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+50"/>
        <source>Select an officer in the list first.</source>
        <translation>Əvvəlcə siyahıda əməkdaşı seçin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give this code to {name} in person. At their first sign-in on this laptop they choose &quot;First time on this laptop…&quot; and type it with their own login and password. It works once, for 72 hours, and is not shown again.

{code}</source>
        <translation>{name} üçün bu kodu şəxsən verin. Bu noutbukda ilk girişdə o, «Bu noutbukda ilk dəfə…» düyməsini seçib kodu öz loqini və parolu ilə yazır. Kod bir dəfə, 72 saat ərzində işləyir və bir daha göstərilmir.

{code}</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <location filename="../../app/ui/screens/organisation_box.py" line="+36"/>
        <source>Organisation on every paper</source>
        <translation>Hər sənəddəki təşkilat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Mine Action Agency of Azerbaijan</source>
        <translation>məs. Azərbaycan Respublikasının Minatəmizləmə Agentliyi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Socio-economic reintegration programme</source>
        <translation>məs. Sosial-iqtisadi reinteqrasiya proqramı</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Ünvan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business plan rubric…</source>
        <translation>Biznes planın qiymətləndirmə meyarları…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not set yet: papers are headed with the district office only.</source>
        <translation>Hələ təyin edilməyib: sənədlərin başlığında yalnız rayon ofisi yazılır.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: the next papers carry it.</source>
        <translation>Yadda saxlanıldı: növbəti sənədlərdə görünəcək.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/screens/plan_detail.py" line="+44"/>
        <source>Item</source>
        <translation>Əşya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of one</source>
        <translation>Birinin qiyməti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Kim ödəyir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reviewer</source>
        <translation>Qiymətləndirən</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Ballar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or score</source>
        <translation>Səbəb və ya qiymət</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget</source>
        <translation>Büdcə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores</source>
        <translation>Qiymətlər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score…</source>
        <translation>Qiymətləndir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve…</source>
        <translation>Təsdiq et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send back…</source>
        <translation>Geri qaytar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject…</source>
        <translation>Rədd et…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise…</source>
        <translation>Yenilə…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-kind grant from this plan…</source>
        <translation>Bu plandan natura qrantı…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Business plan — {person}</source>
        <translation>Biznes plan — {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: {status}</source>
        <translation>Vəziyyət: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: {score}</source>
        <translation>Qiymət: {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n}</source>
        <translation>Mərhələ {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by {who}</source>
        <translation>Yazan: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget {total}: own contribution {own}, in-kind grant {grant}, loan {loan}</source>
        <translation>Büdcə {total}: öz töhfəsi {own}, natura qrantı {grant}, kredit {loan}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision: {reason}</source>
        <translation>Qərar: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Score the plan by the rubric first.</source>
        <translation>Əvvəlcə planı meyarlar üzrə qiymətləndirin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The officer who wrote the plan does not score it.</source>
        <translation>Planı yazan əməkdaş onu qiymətləndirmir.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approve the plan</source>
        <translation>Planı təsdiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the plan</source>
        <translation>Planı rədd et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the plan back</source>
        <translation>Planı geri qaytar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it approved? (kept in the plan&apos;s history)</source>
        <translation>Niyə təsdiq edilir? (planın tarixçəsində saxlanılır)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it rejected? (the person is told)</source>
        <translation>Niyə rədd edilir? (şəxsə bildirilir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What must be changed before it is scored again?</source>
        <translation>Yenidən qiymətləndirilməzdən əvvəl nə dəyişdirilməlidir?</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../app/ui/screens/plan_form.py" line="+27"/>
        <source>New business plan — {person}</source>
        <translation>Yeni biznes plan — {person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise business plan — {person}</source>
        <translation>Biznes planı düzəlt — {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Tailor shop for women&apos;s clothes</source>
        <translation>məs. Qadın geyimləri tikiş sexi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. tailoring</source>
        <translation>məs. tikiş</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers, competitors, prices, where the work is done…</source>
        <translation>Müştərilər, rəqiblər, qiymətlər, işin görüləcəyi yer…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 if no loan is asked for</source>
        <translation>kredit istənmirsə 0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed since it was sent back</source>
        <translation>Geri qaytarılandan bəri nə dəyişib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Biznes növü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Büdcə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan asked for (₼)</source>
        <translation>İstənilən kredit (₼)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Nə dəyişib</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resubmit the plan</source>
        <translation>Planı yenidən təqdim et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the plan</source>
        <translation>Planı təqdim et</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the plan</source>
        <translation>Planı yadda saxla</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../app/ui/screens/products.py" line="+64"/>
        <source>New loan product</source>
        <translation>Yeni kredit məhsulu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revise loan product</source>
        <translation>Kredit məhsulunu yenilə</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 18</source>
        <translation>məs. 18</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Ad, soyad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product name</source>
        <translation>Məhsulun adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual rate (%)</source>
        <translation>İllik faiz dərəcəsi (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments</source>
        <translation>Ödənişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Tezlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term (installments)</source>
        <translation>Müddət (ödənişlərin sayı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal (₼)</source>
        <translation>Kredit məbləği (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace (installments of interest only)</source>
        <translation>Güzəşt (yalnız faiz ödənilən ödənişlər)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round installments up to (₼)</source>
        <translation>Ödənişləri yuxarı yuvarlaqlaşdır (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding of the qəpik</source>
        <translation>Qəpiyin yuvarlaqlaşdırılması</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repayment pays</source>
        <translation>Ödəniş bu ardıcıllıqla örtür</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Ödəmə tarixi</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="vanished">Əsas borc</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation type="vanished">Ödəniş</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="vanished">Qalıq</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add product</source>
        <translation>Məhsulu əlavə et</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as a new version</source>
        <translation>Yeni versiya kimi saxla</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A loan of {amount} over {term} installments, disbursed today:</source>
        <translation>Bu gün verilən {amount} məbləğində, {term} ödənişli kredit:</translation>
    </message>
    <message>
        <source>Total interest {i}, total to repay {t}</source>
        <translation type="vanished">Cəmi faiz {i}, cəmi qaytarılacaq {t}</translation>
    </message>
</context>
<context>
    <name>ProductsBox</name>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+15"/>
        <source>Loan products</source>
        <translation>Kredit məhsulları</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Ad, soyad</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate %</source>
        <translation>Faiz %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Tezlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Kreditlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>İstifadədədir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No loan products yet. Add the first one: loans are made from a product.</source>
        <translation>Hələ kredit məhsulu yoxdur. Birincisini əlavə edin: kreditlər məhsul əsasında verilir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a loan product…</source>
        <translation>Kredit məhsulu əlavə et…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revise…</source>
        <translation>Yenilə…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire</source>
        <translation>İstifadədən çıxar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor or administrator manages products</source>
        <translation>Məhsulları nəzarətçi və ya administrator idarə edir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show retired</source>
        <translation>İstifadədən çıxarılanları göstər</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a product in the list first.</source>
        <translation>Əvvəlcə siyahıdan məhsul seçin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This product is retired. Add a new one instead.</source>
        <translation>Bu məhsul istifadədən çıxarılıb. Əvəzinə yenisini əlavə edin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retire {name}? Its {n} loans go on as they are; no new loan can use it.</source>
        <translation>{name} istifadədən çıxarılsın? Onun {n} krediti olduğu kimi davam edir; yeni kredit ondan istifadə edə bilməz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retire a loan product</source>
        <translation>Kredit məhsulunu istifadədən çıxar</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <location filename="../../app/ui/screens/protection_box.py" line="+31"/>
        <source>Data protection</source>
        <translation>Məlumatların qorunması</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt this laptop&apos;s records…</source>
        <translation>Bu noutbukdakı qeydləri şifrələ…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> dəq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>heç vaxt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the window after</source>
        <translation>Pəncərəni bu müddətdən sonra kilidlə</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The records on this laptop are encrypted; the password of each officer who has signed in here opens them. An officer new to this laptop signs in the first time with a colleague or a one-time code (Officers).</source>
        <translation>Bu noutbukdakı qeydlər şifrələnib; onları burada daxil olmuş hər əməkdaşın parolu açır. Bu noutbukda yeni olan əməkdaş ilk dəfə həmkarı ilə və ya birdəfəlik kodla daxil olur (Ofisin əməkdaşları).</translation>
    </message>
    <message>
        <source>The records on this laptop are encrypted; each officer&apos;s password opens them.</source>
        <translation type="vanished">Bu noutbukdakı qeydlər şifrələnib; hər əməkdaşın şifrəsi onları açır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records on this laptop are NOT encrypted: anyone with the laptop can read them. The administrator can encrypt them now; unsynced changes are kept.</source>
        <translation>Bu noutbukdakı qeydlər şifrələnməyib: noutbuku əldə edən hər kəs onları oxuya bilər. İnzibatçı onları indi şifrələyə bilər; sinxronlaşdırılmamış dəyişikliklər saxlanılır.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypt</source>
        <translation>Şifrələ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password, {name}, to confirm:</source>
        <translation>Təsdiq üçün şifrəniz, {name}:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypted. Fieldbook closes now; start it again and log in.</source>
        <translation>Şifrələndi. Fieldbook indi bağlanır; onu yenidən başladın və daxil olun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypting…</source>
        <translation>Şifrələnir…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+51"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Kəs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>Kö&amp;çür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapışdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Hamısını seç</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>İmtina et</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../app/ui/screens/reassign.py" line="+24"/>
        <source>Reassign {n} loans</source>
        <translation>{n} krediti başqasına ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and {n} more</source>
        <translation> və daha {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Elşən left the office on 30 November</source>
        <translation>məs. Elşən 30 noyabrda ofisdən ayrıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>Kreditlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Kimə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Haradan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign</source>
        <translation>Başqasına ver</translation>
    </message>
</context>
<context>
    <name>RepaymentsScreen</name>
    <message>
        <location filename="../../app/ui/screens/repayments.py" line="+72"/>
        <source>Loan number or name, then Enter</source>
        <translation>Kredit nömrəsi və ya ad, sonra Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+135"/>
        <source>No loan chosen.</source>
        <translation>Kredit seçilməyib.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>e.g. 112,50</source>
        <translation>məs. 112,50</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save (Enter)</source>
        <translation>Saxla (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Amount (₼)</source>
        <translation>Məbləğ (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Ödəniş tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number</source>
        <translation>Qəbz nömrəsi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print receipt</source>
        <translation>Qəbzi çap et</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt</source>
        <translation>Qəbz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary</source>
        <translation>Benefisiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reversed</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter or a double click prints that receipt again</source>
        <translation>Enter və ya iki klik həmin qəbzi yenidən çap edir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No repayments recorded today yet — they appear here as you save them.</source>
        <translation>Bu gün hələ ödəniş qeydə alınmayıb — saxladıqca burada görünəcək.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print today&apos;s receipts…</source>
        <translation>Bugünkü qəbzləri çap et…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt number to print again, then Enter</source>
        <translation>Yenidən çap üçün qəbz nömrəsi, sonra Enter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Repayments</source>
        <translation>Ödənişlər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only loan officers and supervisors record repayments.</source>
        <translation>Ödənişləri yalnız kredit mütəxəssisləri və nəzarətçilər qeydə alır.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded today on this laptop</source>
        <translation>Bu gün bu noutbukda qeydə alınanlar</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+167"/>
        <source>{n} (automatic)</source>
        <translation>{n} (avtomatik)</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Today: {n} receipts, {total}</source>
        <translation>Bu gün: {n} qəbz, {total}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} matching loans</source>
        <translation>Uyğun kredit: {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no active loan matches this</source>
        <translation>buna uyğun aktiv kredit yoxdur</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Installment due now {due}</source>
        <translation>İndi ödənməli hissə {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(on {d})</source>
        <translation>({d})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arrears {arrears}, {d} days late — not added</source>
        <translation>gecikmiş borc {arrears}, {d} gün gecikmə — əlavə edilməyib</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>total owed {total}</source>
        <translation>ümumi borc {total}</translation>
    </message>
    <message>
        <source>Due now {due} · total owed {total}</source>
        <translation type="vanished">İndi ödənilməli {due} · ümumi borc {total}</translation>
    </message>
    <message>
        <source>{d} days late</source>
        <translation type="vanished">{d} gün gecikmə</translation>
    </message>
    <message>
        <source>next installment {d}</source>
        <translation type="vanished">növbəti ödəniş {d}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose a loan first</source>
        <translation>əvvəlcə krediti seçin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{amount} is more than the installment due now ({due}).</source>
        <translation>{amount} indi ödənməli hissədən ({due}) çoxdur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is dated {date}, not today.</source>
        <translation>Tarixi bu gün deyil, {date}-dir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record this repayment?</source>
        <translation>Bu ödəniş qeyd edilsin?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record it?</source>
        <translation>Qeyd edilsin?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>penalty</source>
        <translation>cərimə</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fee</source>
        <translation>haqq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>faiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>principal</source>
        <translation>əsas borc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {r}: {amount} on {loan} — {split}. Principal still owed: {left}.</source>
        <translation>Qəbz {r}: {loan} üzrə {amount} — {split}. Qalan əsas borc: {left}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loan is repaid.</source>
        <translation>Kredit tam ödənilib.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. Next loan?</source>
        <translation>Saxlanıldı. Növbəti kredit?</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/ui/screens/reports.py" line="+41"/>
        <source>As of</source>
        <translation>Tarixə</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export ledger workbook…</source>
        <translation>Uçot kitabını ixrac et…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loan portfolio</source>
        <translation>Kredit portfeli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainings</source>
        <translation>Təlimlər</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active loans</source>
        <translation>Aktiv kreditlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding principal</source>
        <translation>Əsas borc qalığı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAR1 (late more than 1 day)</source>
        <translation>PAR1 (1 gündən çox gecikmə)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAR30 (late more than 30 days)</source>
        <translation>PAR30 (30 gündən çox gecikmə)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAR90 (late more than 90 days)</source>
        <translation>PAR90 (90 gündən çox gecikmə)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears rate (overdue ÷ outstanding)</source>
        <translation>Gecikmə əmsalı (gecikmiş ÷ qalıq)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment rate (collected ÷ due)</source>
        <translation>Qaytarılma əmsalı (yığılan ÷ ödənilməli)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courses started</source>
        <translation>Başlanmış kurslar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People enrolled</source>
        <translation>Kursa yazılanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained (attended at least once)</source>
        <translation>Təlim keçənlər (ən azı bir dəfə iştirak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained: women / men</source>
        <translation>Təlim keçənlər: qadın / kişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained with a disability</source>
        <translation>Təlim keçənlərdən əlilliyi olanlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Bitirənlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed: women / men</source>
        <translation>Bitirənlər: qadın / kişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with a disability</source>
        <translation>Bitirənlərdən əlilliyi olanlar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PAR counts the whole outstanding principal of loans with an installment late more than N days (CGAP). Figures are derived from every ledger entry as of the date chosen.</source>
        <translation>PAR ödənişi N gündən çox gecikən kreditlərin bütün əsas borc qalığını hesablayır (CGAP). Rəqəmlər seçilmiş tarixə qədər bütün əməliyyatlardan hesablanır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calculating…</source>
        <translation>Hesablanır…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{district} office, as of {date}</source>
        <translation>{district} ofisi, {date} tarixinə</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/screens/officers.py" line="-155"/>
        <source>New password for {name}</source>
        <translation>{name} üçün yeni parol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password (8 or more characters)</source>
        <translation>Yeni parol (8 və ya daha çox simvol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Şifrə təkrar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the two passwords differ</source>
        <translation>şifrələr üst-üstə düşmür</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <location filename="../../app/ui/screens/organisation_box.py" line="+13"/>
        <source>Business plan rubric</source>
        <translation>Biznes planın qiymətləndirmə meyarları</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion</source>
        <translation>Meyar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Çəki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add criterion</source>
        <translation>Meyar əlavə et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove criterion</source>
        <translation>Meyarı sil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rubric that ships with Fieldbook.</source>
        <translation>Fieldbook ilə gələn meyarlar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {n}.</source>
        <translation>Versiya {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each criterion is marked 0–5; the weights sum to 100. Saving makes a new version; scores already given keep the rubric they were given by.</source>
        <translation>Hər meyar 0–5 balla qiymətləndirilir; çəkilərin cəmi 100-dür. Yadda saxlamaq yeni versiya yaradır; artıq verilmiş qiymətlər öz meyarlarını saxlayır.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as a new version</source>
        <translation>Yeni versiya kimi saxla</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sum of weights: {n} of 100</source>
        <translation>Çəkilərin cəmi: {n} / 100</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <location filename="../../app/ui/schedule_preview.py" line="+41"/>
        <source>Due</source>
        <translation>Ödəmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>Ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Qalıq</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total interest {i}, total to repay {t}</source>
        <translation>Cəmi faiz {i}, cəmi qaytarılacaq {t}</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../app/ui/screens/plan_detail.py" line="+40"/>
        <source>Score the business plan</source>
        <translation>Biznes planı qiymətləndir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{criterion} (weight {w})</source>
        <translation>{criterion} (çəki {w})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is strong, what is weak (optional)</source>
        <translation>Güclü və zəif tərəflər (istəyə görə)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score = Σ weight × mark ÷ {max}, out of 100 (the weights sum to 100).</source>
        <translation>Qiymət = Σ çəki × bal ÷ {max}, 100 üzərindən (çəkilərin cəmi 100-dür).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the score</source>
        <translation>Qiyməti yadda saxla</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../app/ui/screens/server_box.py" line="+43"/>
        <source>Sync server</source>
        <translation>Sinxronlaşdırma serveri</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one-time code from head office</source>
        <translation>baş ofisdən alınan birdəfəlik kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this laptop</source>
        <translation>Bu noutbuku qoş</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected to {url}. Sync runs every few minutes; F5 syncs now.</source>
        <translation>{url} ilə əlaqə var. Sinxronlaşdırma bir neçə dəqiqədən bir işləyir; F5 indi sinxronlaşdırır.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected: everything stays on this laptop. To send records to head office, enter the server address and the one-time code they give you.</source>
        <translation>Qoşulmayıb: hər şey bu noutbukda qalır. Qeydləri baş ofisə göndərmək üçün serverin ünvanını və sizə verilən birdəfəlik kodu daxil edin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the server address and the code.</source>
        <translation>Serverin ünvanını və kodu daxil edin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to the server…</source>
        <translation>Serverə qoşulur…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="+37"/>
        <source>Database file</source>
        <translation>Verilənlər bazası faylı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District office</source>
        <translation>Rayon ofisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop</source>
        <translation>Bu noutbuk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in</source>
        <translation>İstifadəçi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office</source>
        <translation>Bu ofis</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="vanished">İndi ehtiyat nüsxə çıxar…</translation>
    </message>
    <message>
        <source>Copy the database to a USB stick or another folder. Work can go on meanwhile.</source>
        <translation type="vanished">Verilənlər bazasını USB yaddaşa və ya başqa qovluğa köçürün. Bu vaxt işə davam etmək olar.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="vanished">Ehtiyat nüsxə</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to a file…</source>
        <translation>Fayla köçür…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restart Fieldbook to switch the language</source>
        <translation>Dili dəyişmək üçün Fieldbook-u yenidən başladın</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up to</source>
        <translation>Ehtiyat nüsxənin yeri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fieldbook backup (*.sqlite)</source>
        <translation>Fieldbook ehtiyat nüsxəsi (*.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Ehtiyat nüsxə çıxarılır…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to {path} at {time}.</source>
        <translation>Ehtiyat nüsxə {time}-da {path} yerinə yazıldı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed.</source>
        <translation>Ehtiyat nüsxə alınmadı.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up</source>
        <translation>Ehtiyat nüsxə</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="-279"/>
        <source>Set up Fieldbook</source>
        <translation>Fieldbook-un qurulması</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome. This laptop keeps its own records and works without internet. Choose the district office it serves and create the administrator&apos;s login.</source>
        <translation>Xoş gəlmisiniz. Bu noutbuk öz qeydlərini saxlayır və internetsiz işləyir. Onun xidmət etdiyi rayon ofisini seçin və inzibatçı üçün giriş yaradın.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each laptop of the office has its own number</source>
        <translation>Ofisin hər noutbukunun öz nömrəsi var</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt the records on this laptop (recommended: a lost laptop shows nothing)</source>
        <translation>Bu noutbukdakı qeydləri şifrələ (tövsiyə olunur: itmiş noutbukda heç nə görünməz)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District office</source>
        <translation>Rayon ofisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop number</source>
        <translation>Noutbukun nömrəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s full name</source>
        <translation>İnzibatçının tam adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (8 or more characters)</source>
        <translation>Şifrə (ən azı 8 simvol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Şifrə təkrar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create office</source>
        <translation>Ofisi yarat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise with a demo office</source>
        <translation>Demo ofisdə məşq et</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a separate demo database; real records are not touched</source>
        <translation>Ayrıca demo verilənlər bazası açılır; real qeydlərə toxunulmur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join through a sync server…</source>
        <translation>Sinxronlaşdırma serveri ilə qoşulmaq…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a laptop of an office that already syncs: its officers and records come down</source>
        <translation>Artıq sinxronlaşdırılan ofisin noutbuku üçün: əməkdaşlar və qeydlər serverdən gəlir</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connected. The district has no officer yet: create its administrator.</source>
        <translation>Qoşuldu. Rayonun hələ əməkdaşı yoxdur: administratoru yaradın.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but the district&apos;s records have not all arrived yet: choose Join again to go on.</source>
        <translation>Qoşuldu, amma rayonun qeydləri hələ tam gəlməyib: davam etmək üçün yenidən «Sinxronlaşdırma serveri ilə qoşulmaq» seçin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the two passwords differ</source>
        <translation>şifrələr üst-üstə düşmür</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password has at least 8 characters</source>
        <translation>şifrə ən azı 8 simvol olmalıdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the administrator&apos;s name</source>
        <translation>inzibatçının adını yazın</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/ui/sync_status.py" line="+50"/>
        <source>Syncing {done} of {total}…</source>
        <translation>Sinxronlaşdırılır: {total}-dən {done}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Oflayn — dəyişikliklər bu noutbukda saxlanılır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline (will retry)</source>
        <translation>Oflayn (yenidən cəhd ediləcək)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Hələ sinxronlaşdırılmayıb</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced at {time}</source>
        <translation>Sinxronlaşdırılıb: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} to send</source>
        <translation>göndəriləcək: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} conflicts to review</source>
        <translation>yoxlanılacaq ziddiyyət: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} need attention</source>
        <translation>diqqət tələb edir: {n}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Syncing…</source>
        <translation>Sinxronlaşdırılır…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync: {reason}</source>
        <translation>Sinxronlaşdırma: {reason}</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/trainings.py" line="+38"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Başlayır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Nəfər</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No trainings yet — create one with New course (Ctrl+N).</source>
        <translation>Hələ təlim yoxdur — «Yeni kurs» (Ctrl+N) ilə yaradın.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a course on the left to see its attendance register.</source>
        <translation>İştirak jurnalını görmək üçün soldan kurs seçin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol: type a name or case number, Enter</source>
        <translation>Yazılış: ad və ya şəxsi iş nömrəsi, sonra Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New course (Ctrl+N)</source>
        <translation>Yeni kurs (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificate for the selected person (PDF)…</source>
        <translation>Seçilmiş şəxs üçün sertifikat (PDF)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates for all who completed (PDF)…</source>
        <translation>Başa vuranların hamısına sertifikat (PDF)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>İştirak vərəqi (PDF)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trainings</source>
        <translation>Təlimlər</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainers and supervisors mark attendance.</source>
        <translation>İştirakı təlimçilər və nəzarətçilər qeyd edir.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All present:</source>
        <translation>Hamı iştirak edib:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day {n}</source>
        <translation>Gün {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session is still to come</source>
        <translation>Bu məşğələ hələ qabaqdadır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Geri qaytar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody enrolled yet — type a name below to enrol people.</source>
        <translation>Hələ heç kim yazılmayıb — yazmaq üçün aşağıda ad daxil edin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} of {n} completed (at least {k} of {s} sessions)</source>
        <translation>{n} nəfərdən {done} nəfər bitirib ({s} məşğələdən ən azı {k})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a person in the register first.</source>
        <translation>Əvvəlcə jurnalda şəxsi seçin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has not completed the course yet.</source>
        <translation>{name} hələ kursu bitirməyib.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody has completed this course yet.</source>
        <translation>Bu kursu hələ heç kim başa vurmayıb.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark everyone enrolled ({n}) present on day {day}, {date}?</source>
        <translation>Qeydiyyatda olan hamı ({n}) {day}-ci gün, {date}, iştirak etmiş kimi qeyd edilsin?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All present</source>
        <translation>Hamı iştirak edib</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo: {n} marked present on day {day}</source>
        <translation>Geri qaytar: {day}-ci gün {n} nəfər iştirakçı kimi qeyd edilib</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>nobody matches; type part of the name or the case number</source>
        <translation>heç kim uyğun gəlmir; adın bir hissəsini və ya iş nömrəsini yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people match; type more of the name or the case number</source>
        <translation>{n} nəfər uyğun gəlir; adın və ya şəxsi iş nömrəsinin daha çox hissəsini yazın</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="-53"/>
        <source>Building the demo office…</source>
        <translation>Demo ofis hazırlanır…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fieldbook cannot open this file</source>
        <translation>Fieldbook bu faylı aça bilmir</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../app/ui/common.py" line="+14"/>
        <source>Not saved</source>
        <translation>Saxlanılmadı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong</source>
        <translation>Nəsə alınmadı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work did not finish: {error}</source>
        <translation>İş başa çatmadı: {error}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/ui/document_messages.py" line="+18"/>
        <source>Rounding: half-up to the qəpik (a tie .005 goes up, as Excel&apos;s ROUND).</source>
        <translation>Yuvarlaqlaşdırma: qəpiyə qədər, yarım yuxarı (.005 yuxarı gedir, Excel-in ROUND funksiyası kimi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding: half-even to the qəpik (a tie .005 goes to the even qəpik, as Fineract; Excel&apos;s ROUND differs only on exact ties).</source>
        <translation>Yuvarlaqlaşdırma: qəpiyə qədər, cüt qəpiyə (.005 cüt qəpiyə gedir, Fineract kimi; Excel-in ROUND funksiyası yalnız dəqiq yarımlarda fərqlənir).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat interest, {freq}. r = {rate}% / {periods}; P = {principal}; n = {n}.</source>
        <translation>Sabit faiz, {freq}. r = {rate}% / {periods}; P = {principal}; n = {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest every installment = ROUND(P × r, 2) = {fixed} (total {fixed} × n).</source>
        <translation>Hər hissənin faizi = ROUND(P × r, 2) = {fixed} (cəmi {fixed} × n).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal part = {how} = {part}.</source>
        <translation>Əsas borc hissəsi = {how} = {part}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining balance, equal principal, {freq}. r = {rate}% / {periods}; P = {principal}.</source>
        <translation>Azalan qalıq, bərabər əsas borc, {freq}. r = {rate}% / {periods}; P = {principal}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal part = {how} = {part}; interest = ROUND(balance × r, 2).</source>
        <translation>Əsas borc hissəsi = {how} = {part}; faiz = ROUND(qalıq × r, 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining balance, equal installments, {freq}. r = {rate}% / {periods}; P = {principal}.</source>
        <translation>Azalan qalıq, bərabər ödənişlər, {freq}. r = {rate}% / {periods}; P = {principal}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A = P × r / (1 − (1 + r)^−{m}), in Excel PMT(r, {m}, −P).</source>
        <translation>A = P × r / (1 − (1 + r)^−{m}), Excel-də PMT(r, {m}, −P).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment = {how} = {level}; interest = ROUND(balance × r, 2); principal = installment − interest.</source>
        <translation>Ödəniş = {how} = {level}; faiz = ROUND(qalıq × r, 2); əsas borc = ödəniş − faiz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments 1–{grace}: grace, interest only (ROUND(P × r, 2)).</source>
        <translation>1–{grace} hissələr: güzəşt müddəti, yalnız faiz (ROUND(P × r, 2)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last installment repays the remaining balance.</source>
        <translation>Son hissə qalan borcu tam ödəyir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training dates: {first} – {last}</source>
        <translation>Təlim tarixləri: {first} – {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue: {venue}</source>
        <translation>Məkan: {venue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CERTIFICATE</source>
        <translation>SERTİFİKAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This certifies that</source>
        <translation>Bu sertifikat təsdiq edir ki,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has successfully completed the training «{course}».</source>
        <translation>«{course}» təlimini uğurla başa vurmuşdur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended: {attended} of {days} days</source>
        <translation>İştirak: {days} gündən {attended} gün</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Trainer: {name}</source>
        <translation>Təlimçi: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Head of the {district} district office</source>
        <translation>{district} rayon ofisi rəhbəri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate No. {number} · {office}</source>
        <translation>Sertifikat № {number} · {office}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Certificate {code}</source>
        <translation>Sertifikat {code}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Certificates: {course}</source>
        <translation>Sertifikatlar: {course}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ad, soyad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day {n}, {date}</source>
        <translation>{n}-ci gün, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody enrolled yet</source>
        <translation>Hələ heç kim qeydiyyatda deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance sign-in sheet</source>
        <translation>İştirak vərəqi</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes, {date}</source>
        <translation>bəli, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary</source>
        <translation>Fərdi iş xülasəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: personal data. For official use only.</source>
        <translation>Məxfi: şəxsi məlumatlar. Yalnız xidməti istifadə üçün.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname, name, patronymic</source>
        <translation>Ad, soyad, ata adı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Cins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Doğum tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} yaş)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District, village</source>
        <translation>Rayon, kənd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Əlillik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>Şəxsiyyət vəsiqəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Razılıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>İşin statusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Yoxdur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>Təlimlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Başlama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>İştirak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Tamamladı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business plans and grants</source>
        <translation>Biznes planları və qrantlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant: {items}</source>
        <translation>Qrant: {items}</translation>
    </message>
    <message>
        <source>given</source>
        <translation type="vanished">verilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan / grant</source>
        <translation>Plan / qrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score / value</source>
        <translation>Bal / dəyər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Kreditlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}, {days} days overdue</source>
        <translation>{status}, {days} gün gecikir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan No.</source>
        <translation>Kredit №</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Verilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Məbləğ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Qalıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case file {code}</source>
        <translation>Fərdi iş {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential · {printed}</source>
        <translation>Məxfi · {printed}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>Əşya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial numbers</source>
        <translation>Seriya nömrələri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one</source>
        <translation>Birinin dəyəri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Dəyəri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Proqram</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Village</source>
        <translation>Kənd</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>all officers</source>
        <translation>bütün əməkdaşlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Ödəmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Gecikmə</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To collect</source>
        <translation>Yığılmalı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Alınıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection sheet: {officer}, {date}</source>
        <translation>Yığım vərəqi: {officer}, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} loans · to collect {total}</source>
        <translation>{n} kredit · yığılmalı {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash received by: {name}</source>
        <translation>Nağd pulu qəbul etdi: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business plan</source>
        <translation>Biznes plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods above were handed over in working order and received in full. They are given for the business in the plan and may not be sold or pledged for two years.</source>
        <translation>Yuxarıdakı əşyalar işlək vəziyyətdə təhvil verilib və tam qəbul edilib. Onlar plandakı biznes üçün verilir və iki il ərzində satıla və ya girov qoyula bilməz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover act of an in-kind grant</source>
        <translation>Natura qrantının təhvil-təslim aktı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over by: {name}</source>
        <translation>Təhvil verdi: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total still owed</source>
        <translation>Ümumi qalan borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next installment</source>
        <translation>Növbəti ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repayment receipts</source>
        <translation>Ödəniş qəbzləri</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>female</source>
        <translation>qadın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine survivor</source>
        <translation>mina qurbanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family member</source>
        <translation>ailə üzvü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internally displaced person</source>
        <translation>məcburi köçkün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returning migrant</source>
        <translation>geri qayıdan miqrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other vulnerable group</source>
        <translation>digər həssas qrup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loan officer</source>
        <translation>kredit mütəxəssisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainer</source>
        <translation>təlimçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>nəzarətçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>inzibatçı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>təklif edilib</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sent back</source>
        <translation>geri qaytarılıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored</source>
        <translation>qiymətləndirilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resubmitted</source>
        <translation>yenidən təqdim edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own contribution</source>
        <translation>öz töhfəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-kind grant</source>
        <translation>natura qrantı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>hazırlanıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over</source>
        <translation>təhvil verilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market: customers and competition known</source>
        <translation>Bazar: müştərilər və rəqabət bilinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and experience for this business</source>
        <translation>Bu biznes üçün bacarıq və təcrübə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viability: prices, costs and cash flow</source>
        <translation>Səmərəlilik: qiymətlər, xərclər və pul axını</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realistic budget and own contribution</source>
        <translation>Real büdcə və öz töhfəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs and benefit for the family</source>
        <translation>İş yerləri və ailəyə fayda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already has a loan</source>
        <translation>artıq krediti var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has not completed a training</source>
        <translation>təlimi başa vurmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no approved business plan</source>
        <translation>təsdiq edilmiş biznes planı yoxdur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal installments</source>
        <translation>bərabər ödənişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal principal</source>
        <translation>bərabər əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal</source>
        <translation>əsas borc</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>approved</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaid</source>
        <translation>bağlanıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>silinib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disbursement</source>
        <translation>kreditin verilməsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repayment</source>
        <translation>ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee</source>
        <translation>haqq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty</source>
        <translation>cərimə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>silinmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>storno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>ödənilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly paid</source>
        <translation>qismən ödənilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>gözlənilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>gecikir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>monthly</source>
        <translation>aylıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>həftəlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining balance</source>
        <translation>azalan qalıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat interest</source>
        <translation>sabit faiz</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>submitted</source>
        <translation>təqdim edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rədd edilib</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>open</source>
        <translation>açıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Printed {when} · {who}</source>
        <translation>Çap edildi {when} · {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{district} district office</source>
        <translation>{district} rayon ofisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Səhifə {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment receipt</source>
        <translation>Ödəniş qəbzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Ödənilən məbləğ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Office</source>
        <translation>Ofis</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loan officer</source>
        <translation>Kredit işçisi</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Beneficiary</source>
        <translation>Benefisiar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Split of the amount</source>
        <translation>Məbləğin bölgüsü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty</source>
        <translation>Cərimə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Haqq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Əsas borc</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Principal still owed after this payment</source>
        <translation>Ödənişdən sonra qalıq əsas borc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REVERSED: this payment was cancelled on {date} ({reason}).</source>
        <translation>STORNO: bu ödəniş {date} tarixində ləğv edilib ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by: {name}</source>
        <translation>Ödəyən: {name}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Received by: {name}</source>
        <translation>Qəbul edən: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Repayment receipt {number}</source>
        <translation>Ödəniş qəbzi {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary&apos;s copy</source>
        <translation>Benefisiar üçün nüsxə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office copy</source>
        <translation>Ofis üçün nüsxə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan repayment schedule</source>
        <translation>Kreditin ödəniş qrafiki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Məhsul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual rate</source>
        <translation>İllik faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} installments ({frequency})</source>
        <translation>{count} hissə ({frequency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed on</source>
        <translation>Verilmə tarixi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not disbursed yet</source>
        <translation>hələ verilməyib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Ödənilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on {date}</source>
        <translation>Vəziyyət {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal outstanding</source>
        <translation>Qalıq əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to close the loan</source>
        <translation>Bağlamaq üçün cəmi borc</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Arrears</source>
        <translation>Gecikmə</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{days} days</source>
        <translation>{days} gün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the figures are computed</source>
        <translation>Hesablama qaydası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary: {name}</source>
        <translation>Benefisiar: {name}</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Loan officer: {name}</source>
        <translation>Kredit işçisi: {name}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Repayment schedule {number}</source>
        <translation>Ödəniş qrafiki {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half up (as Excel&apos;s ROUND)</source>
        <translation>yarımdan yuxarı (Excel-in ROUND kimi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banker&apos;s rounding</source>
        <translation>bankir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest of each installment = original amount × annual rate ÷ {per}</source>
        <translation>hər hissənin faizi = ilkin məbləğ × illik faiz ÷ {per}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest of each installment = principal outstanding × annual rate ÷ {per}</source>
        <translation>hər hissənin faizi = qalıq əsas borc × illik faiz ÷ {per}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{interest}; every amount is rounded to the qəpik ({mode}); the last installment settles the remaining principal. The rule below is the program&apos;s own computation text.</source>
        <translation>{interest}; hər məbləğ qəpiyədək yuvarlaqlaşdırılır ({mode}); son hissə qalan əsas borcu tam bağlayır. Aşağıdakı qayda proqramın özünün hesablama mətnidir.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/error_messages.py" line="+20"/>
        <source>wrong login or password</source>
        <translation>istifadəçi adı və ya şifrə səhvdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this login does not open this laptop yet: ask a colleague who already works on this laptop to unlock it with you, or enter a one-time code from the administrator</source>
        <translation>bu loqin hələ bu noutbuku açmır: bu noutbukda artıq işləyən həmkarınızdan onu sizinlə birlikdə açmasını xahiş edin və ya administratordan aldığınız birdəfəlik kodu daxil edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong login or password of the colleague</source>
        <translation>həmkarın loqini və ya parolu səhvdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colleague who unlocks is another officer</source>
        <translation>kilidi açan həmkar başqa əməkdaş olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no one-time code was made for this login on this laptop</source>
        <translation>bu noutbukda bu loqin üçün birdəfəlik kod yaradılmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong one-time code</source>
        <translation>birdəfəlik kod səhvdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this one-time code has already been used: ask the administrator for a new one</source>
        <translation>bu birdəfəlik kod artıq istifadə olunub: administratordan yenisini istəyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this one-time code has expired: ask the administrator for a new one</source>
        <translation>bu birdəfəlik kodun vaxtı keçib: administratordan yenisini istəyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key file beside {name}</source>
        <translation>{name} faylının yanında açar faylı yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file {name} is damaged</source>
        <translation>{name} açar faylı zədələnib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file {name} is not one Fieldbook reads</source>
        <translation>{name} açar faylını Fieldbook oxuya bilmir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a login name</source>
        <translation>istifadəçi adını daxil edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database already has a key file</source>
        <translation>bu bazanın artıq açar faylı var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is not encrypted</source>
        <translation>bu verilənlər bazası şifrələnməyib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no active officer with this login</source>
        <translation>bu loqinlə aktiv əməkdaş yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last officer&apos;s key cannot be removed</source>
        <translation>sonuncu əməkdaşın açarını silmək olmaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is already encrypted</source>
        <translation>bu baza artıq şifrələnib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown district {name!r}; valid districts: {valid}</source>
        <translation>{name!r} adlı rayon yoxdur; mümkün rayonlar: {valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days in arrears cannot be negative</source>
        <translation>gecikmə günlərinin sayı mənfi ola bilməz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a loan state is as of {state_as_of}, not {as_of}: replay every loan as of one date</source>
        <translation>kreditin vəziyyəti {as_of} deyil, {state_as_of} tarixinə hesablanıb: bütün kreditləri eyni tarixə hesablayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the allocation order lists penalty, fee, interest and principal once each</source>
        <translation>bölüşdürmə ardıcıllığında cərimə, haqq, faiz və əsas borc bir dəfə göstərilməlidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown entry kind {kind!r}</source>
        <translation>naməlum əməliyyat növü: {kind!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry amount cannot be negative</source>
        <translation>əməliyyatın məbləği mənfi ola bilməz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount must be zero or more</source>
        <translation>məbləğ sıfır və ya daha çox olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principal must be an amount above zero</source>
        <translation>əsas borc sıfırdan böyük məbləğ olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principal is below {max_principal} manat</source>
        <translation>əsas borc {max_principal} manatdan az olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principal has at most two decimals (qəpik)</source>
        <translation>əsas borcda vergüldən sonra ən çoxu iki rəqəm (qəpik) ola bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annual rate must be a percentage &gt;= 0</source>
        <translation>illik faiz dərəcəsi 0 və ya daha çox olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the term must be at least one installment</source>
        <translation>müddət ən azı bir ödəniş olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the term is at most {max_term} installments</source>
        <translation>müddət ən çoxu {max_term} ödənişdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grace must be from 0 to the term minus one</source>
        <translation>güzəşt müddəti 0-dan müddətin bir əskiyinə qədər olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the method is declining or flat</source>
        <translation>üsul ya azalan qalıq, ya da sabit faizdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amortization is equal-installments or equal-principal</source>
        <translation>amortizasiya ya bərabər ödənişlər, ya da bərabər əsas borc hissələri ilədir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the frequency is monthly or weekly</source>
        <translation>ödəniş tezliyi aylıq və ya həftəlikdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the multiple must be an amount above zero</source>
        <translation>yuvarlaqlaşdırma addımı sıfırdan böyük məbləğ olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the multiple has at most two decimals</source>
        <translation>yuvarlaqlaşdırma addımında vergüldən sonra ən çoxu iki rəqəm ola bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start must be a date</source>
        <translation>başlanğıc tarix olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a multiple of {multiple} manat is too coarse for this loan: choose a smaller one</source>
        <translation>{multiple} addımı bu kredit üçün çox böyükdür: daha kiçiyini seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown rounding mode {name!r}; use half-up or half-even</source>
        <translation>naməlum yuvarlaqlaşdırma üsulu {name!r}; half-up və ya half-even seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} has more than two decimals</source>
        <translation>{amount} məbləğində vergüldən sonra ikidən çox rəqəm var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter an amount</source>
        <translation>məbləği daxil edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is not an amount</source>
        <translation>{text!r} məbləğ deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount cannot be negative</source>
        <translation>məbləğ mənfi ola bilməz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount must be more than zero</source>
        <translation>məbləğ sıfırdan çox olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is too large</source>
        <translation>məbləğ çox böyükdür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount has at most two decimals (qəpik)</source>
        <translation>məbləğdə vergüldən sonra ən çoxu iki rəqəm (qəpik) ola bilər</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such case file</source>
        <translation>belə şəxsi iş yoxdur</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no such course</source>
        <translation>belə kurs yoxdur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code} is not enrolled in this course</source>
        <translation>{code} bu kursa yazılmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} attended {attended} of {days} days; the course needs {needed} to complete</source>
        <translation>{code} {days} gündən {attended} gün iştirak edib; kursu bitirmək üçün {needed} gün lazımdır</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no case file with code {code!r}</source>
        <translation>{code!r} kodlu şəxsi iş yoxdur</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>no course with id or title {text!r}</source>
        <translation>{text!r} identifikatorlu və ya adlı kurs yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} courses are called {text!r}; give the course id</source>
        <translation>{text!r} adlı {count} kurs var; kursun identifikatorunu göstərin</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot read {name} as an Excel workbook ({reason})</source>
        <translation>{name} faylını Excel kitabı kimi oxumaq olmur ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems} problem(s) in {rows} row(s), nothing imported; first: row {row}, {column}: {reason}</source>
        <translation>{rows} sətirdə {problems} problem var, heç nə idxal olunmadı; birincisi: sətir {row}, {column}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duplicates} row(s) are likely duplicates, nothing imported; first: row {row} ({name}); check them or allow duplicates</source>
        <translation>{duplicates} sətir ehtimal ki, təkrardır, heç nə idxal olunmadı; birincisi: sətir {row} ({name}); onları yoxlayın və ya təkrarlara icazə verin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no paper in the language {language!r}; use az, ru or en</source>
        <translation>{language!r} dilində sənəd çap edilmir; az, ru və ya en seçin</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no receipt numbered {receipt_no!r}</source>
        <translation>{receipt_no!r} nömrəli qəbz yoxdur</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no such loan</source>
        <translation>belə kredit yoxdur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nobody has completed this course yet</source>
        <translation>bu kursu hələ heç kim başa vurmayıb</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no such grant</source>
        <translation>belə qrant yoxdur</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>no in-kind grant for this person</source>
        <translation>bu şəxsin natura qrantı yoxdur</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no receipts to print</source>
        <translation>çap ediləcək qəbz yoxdur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep at least one backup</source>
        <translation>ən azı bir ehtiyat nüsxə saxlanmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop has never been backed up. Connect the backup stick and choose Settings → Back up now.</source>
        <translation>Bu noutbukun heç vaxt ehtiyat nüsxəsi çıxarılmayıb. USB yaddaşı qoşun və Parametrlər → İndi ehtiyat nüsxə çıxar seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last backup is {days} days old (taken {taken}). If this laptop is lost or breaks, the records since then are lost: connect the backup stick and choose Settings → Back up now.</source>
        <translation>Son ehtiyat nüsxə {days} gün əvvəlkidir ({taken} tarixində çıxarılıb). Noutbuk itsə və ya xarab olsa, o vaxtdan bəri qeydlər itər: USB yaddaşı qoşun və Parametrlər → İndi ehtiyat nüsxə çıxar seçin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written to {folder} ({reason}). Is the backup stick connected?</source>
        <translation>Ehtiyat nüsxə {folder} qovluğuna yazıla bilmədi ({reason}). USB yaddaş qoşulubmu?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup was not taken: {reason}</source>
        <translation>Günlük ehtiyat nüsxə çıxarılmadı: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file at {path}.</source>
        <translation>{path} ünvanında fayl yoxdur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty: it is not a Fieldbook backup.</source>
        <translation>{name} boşdur: bu, Fieldbook ehtiyat nüsxəsi deyil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Fieldbook backup, or it is encrypted and needs this office&apos;s key (log in first).</source>
        <translation>{name} Fieldbook ehtiyat nüsxəsi deyil və ya şifrələnib və bu ofisin açarı lazımdır (əvvəlcə daxil olun).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Fieldbook backup, or it is encrypted with another key.</source>
        <translation>{name} Fieldbook ehtiyat nüsxəsi deyil və ya başqa açarla şifrələnib.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} açılmır: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged and cannot be restored ({reason}).</source>
        <translation>{name} zədələnib və bərpa oluna bilməz ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Fieldbook database (it has no {tables} table).</source>
        <translation>{name} Fieldbook bazası deyil (onda {tables} cədvəli yoxdur).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was made by a newer version of Fieldbook (schema {revision}); update Fieldbook on this laptop first.</source>
        <translation>{name} Fieldbook-un daha yeni versiyası ilə yaradılıb (sxem {revision}); əvvəlcə bu noutbukda Fieldbook-u yeniləyin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} belongs to no office (it was never set up).</source>
        <translation>{name} heç bir ofisə aid deyil (heç vaxt qurulmayıb).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup cannot be restored</source>
        <translation>ehtiyat nüsxədən bərpa etmək olmur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this backup is of laptop {backup_laptop}, and this laptop is {this_laptop}; restore it only to replace that laptop</source>
        <translation>bu ehtiyat nüsxə {backup_laptop} noutbukunundur, bu noutbuk isə {this_laptop}; onu yalnız həmin noutbukun əvəzinə bərpa edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likely duplicate of {codes} (same name and birth date)</source>
        <translation>ehtimal ki, {codes} ilə təkrardır (eyni ad və doğum tarixi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age {age} is outside {min_age}–{max_age}; check the birth date</source>
        <translation>yaş ({age}) {min_age}–{max_age} aralığından kənardadır; doğum tarixini yoxlayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field {name}</source>
        <translation>naməlum sahə: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the current or the other value</source>
        <translation>cari və ya digər dəyəri saxlayın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such conflict</source>
        <translation>belə ziddiyyət yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this conflict is already resolved</source>
        <translation>bu ziddiyyət artıq həll olunub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a money review is closed, not reversed here</source>
        <translation>pul yoxlaması burada ləğv edilmir, bağlanır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record of this conflict is not on this laptop</source>
        <translation>bu ziddiyyətin qeydi bu noutbukda yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {role} may not do this ({action})</source>
        <translation>«{role}» rolu buna icazə vermir ({action})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate!r} is not a rate</source>
        <translation>{rate!r} faiz dərəcəsi deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annual rate is between 0 and 200 %</source>
        <translation>illik faiz dərəcəsi 0 ilə 200 % arasındadır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate has at most two decimals</source>
        <translation>faiz dərəcəsində vergüldən sonra ən çoxu iki rəqəm ola bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name each of penalty, fee, interest, principal once</source>
        <translation>cərimə, haqq, faiz və əsas borcun hər birini bir dəfə göstərin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minimum is above the maximum</source>
        <translation>minimum maksimumdan böyükdür</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms run from 1 up to the maximum</source>
        <translation>müddət 1-dən maksimuma qədərdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the grace period must be shorter than the shortest term</source>
        <translation>güzəşt müddəti ən qısa müddətdən qısa olmalıdır</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no such loan product</source>
        <translation>belə kredit məhsulu yoxdur</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{product} lends {min_principal}–{max_principal} AZN</source>
        <translation>{product} {min_principal}–{max_principal} məbləğində kredit verir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} runs {min_term}–{max_term} installments</source>
        <translation>{product} üçün müddət {min_term}–{max_term} ödənişdir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such active loan product</source>
        <translation>belə aktiv kredit məhsulu yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan {number} is {loan_status}</source>
        <translation>{number} krediti: {loan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no loan numbered {number!r}</source>
        <translation>{number!r} nömrəli kredit yoxdur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loan {number} is {loan_status}, not approved</source>
        <translation>{number} krediti təsdiqlənməyib: {loan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disbursement before the loan was created</source>
        <translation>kredit yaradılmazdan əvvəl verilə bilməz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payment date is before the disbursement ({disbursed_on})</source>
        <translation>ödəniş tarixi kreditin verilməsindən ({disbursed_on}) əvvəldir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt {receipt_no} is already used</source>
        <translation>{receipt_no} nömrəli qəbz artıq istifadə olunub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than is owed: the loan&apos;s whole balance is {owed} AZN</source>
        <translation>borcdan çoxdur: kreditin bütün qalığı {owed}</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>no such ledger entry</source>
        <translation>belə əməliyyat yoxdur</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a reversal cannot itself be reversed; record the entry again</source>
        <translation>ləğvetmənin özünü ləğv etmək olmaz; əməliyyatı yenidən qeyd edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this entry is already reversed</source>
        <translation>bu əməliyyat artıq ləğv edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse the loan&apos;s repayments before its disbursement</source>
        <translation>kreditin verilməsini ləğv etməzdən əvvəl onun ödənişlərini ləğv edin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the write-off is dated before the disbursement</source>
        <translation>silinmə tarixi kreditin verilməsindən əvvəldir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the write-off is dated before the last repayment ({last_paid})</source>
        <translation>silinmə tarixi sonuncu ödənişdən ({last_paid}) əvvəldir</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>this database has no office yet: run `fieldbook demo` or set it up</source>
        <translation>bu bazanın hələ ofisi yoxdur: `fieldbook demo` işə salın və ya ofisi qurun</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this product is retired; add a new one instead</source>
        <translation>bu məhsul istifadədən çıxarılıb; əvəzinə yenisini əlavə edin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write why the loan is proposed anyway: {warnings}</source>
        <translation>kreditin niyə yenə də təklif edildiyini yazın: {warnings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a loan is approved by a supervisor other than the officer who proposed it</source>
        <translation>krediti onu təklif edən əməkdaşdan başqa bir nəzarətçi təsdiq edir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan {number} is {loan_status}, not proposed</source>
        <translation>{number} krediti {loan_status} vəziyyətindədir, təklif edilmiş deyil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan {number} is already {decision}</source>
        <translation>{number} krediti artıq {decision}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an officer reverses only a repayment they recorded today; ask a supervisor</source>
        <translation>əməkdaş yalnız bu gün özünün qeyd etdiyi ödənişi ləğv edə bilər; nəzarətçiyə müraciət edin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a charge is more than zero</source>
        <translation>tutulma sıfırdan çox olmalıdır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a promise to pay is for a day still to come</source>
        <translation>ödəmə vədi gələcək gün üçün olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the loans to reassign</source>
        <translation>başqasına veriləcək kreditləri seçin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such active officer</source>
        <translation>belə aktiv əməkdaş yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loans go to a loan officer or a supervisor</source>
        <translation>kreditlər kredit mütəxəssisinə və ya nəzarətçiyə verilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a district code is three letters, like XAC</source>
        <translation>rayon kodu üç hərfdir, məsələn XAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device number starts at 1</source>
        <translation>cihazın nömrəsi 1-dən başlayır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database already belongs to {district}</source>
        <translation>bu baza artıq {district} rayonuna aiddir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the officer&apos;s full name</source>
        <translation>əməkdaşın tam adını daxil edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role must be one of {roles}</source>
        <translation>rol bunlardan biri olmalıdır: {roles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password has at least 8 characters</source>
        <translation>şifrə ən azı 8 simvol olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log in as an administrator to add officers</source>
        <translation>əməkdaş əlavə etmək üçün inzibatçı kimi daxil olun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first officer is the administrator</source>
        <translation>birinci əməkdaş inzibatçıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login {login!r} is taken</source>
        <translation>{login!r} istifadəçi adı artıq tutulub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no officer with login {login!r}</source>
        <translation>{login!r} loginli əməkdaş yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cannot deactivate your own login</source>
        <translation>öz loginizi deaktiv edə bilməzsiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office&apos;s last administrator stays active</source>
        <translation>ofisin son administratoru aktiv qalır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no active officer with login {login!r}</source>
        <translation>{login!r} istifadəçi adlı aktiv əməkdaş yoxdur</translation>
    </message>
    <message>
        <source>a score is between 0 and 100</source>
        <translation type="vanished">bal 0 ilə 100 arasındadır</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>no such business plan</source>
        <translation>belə biznes plan yoxdur</translation>
    </message>
    <message>
        <source>line {n}: the quantity is a whole number from 1</source>
        <translation type="vanished">{n}-ci sətir: miqdar 1-dən başlayan tam ədəddir</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a plan has at least one budget line</source>
        <translation>planda ən azı bir büdcə sətri olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the budget is too long to keep: shorten the items</source>
        <translation>büdcə çox uzundur: əşyaların adlarını qısaldın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this plan was already {plan_status}</source>
        <translation>bu plan artıq baxılıb: {plan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scored plan is changed only after it is sent back</source>
        <translation>qiymətləndirilmiş plan yalnız geri qaytarıldıqdan sonra dəyişdirilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the officer who wrote a plan revises it</source>
        <translation>planı yalnız onu yazan əməkdaş düzəldə bilər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is before the plan&apos;s last decision</source>
        <translation>tarix planın son qərarından əvvəldir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a submitted plan is scored; this one is {plan_status}</source>
        <translation>yalnız təqdim edilmiş plan qiymətləndirilir; bu plan {plan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the officer who wrote a plan does not score it</source>
        <translation>planı yazan əməkdaş onu qiymətləndirmir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have already scored this round of the plan</source>
        <translation>siz planın bu mərhələsini artıq qiymətləndirmisiniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this plan already has two scores</source>
        <translation>bu planın artıq iki qiyməti var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a mark for each of the {n} criteria</source>
        <translation>{n} meyarın hər biri üçün bal verin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mark is a whole number from 0 to 5</source>
        <translation>bal 0-dan 5-ə qədər tam ədəddir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the score is dated before the submission</source>
        <translation>qiymətləndirmə tarixi təqdimatdan əvvəldir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rubric changed meanwhile: open the score again</source>
        <translation>bu arada meyarlar dəyişib: qiymətləndirməni yenidən açın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the officer who wrote a plan does not decide on it</source>
        <translation>planı yazan əməkdaş onun barədə qərar vermir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score the plan by the rubric before approving it</source>
        <translation>təsdiq etməzdən əvvəl planı meyarlar üzrə qiymətləndirin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decision is dated before the submission</source>
        <translation>qərarın tarixi təqdimatdan əvvəldir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion {n}: a weight is a whole number from 1 to 100</source>
        <translation>{n}-ci meyar: çəki 1-dən 100-ə qədər tam ədəddir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rubric has at least one criterion</source>
        <translation>qiymətləndirmə cədvəlində ən azı bir meyar olmalıdır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two criteria have the same name</source>
        <translation>iki meyarın adı eynidir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weights sum to {total}, not 100</source>
        <translation>çəkilərin cəmi 100 deyil, {total}-dir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a grant has at least one item</source>
        <translation>qrantda ən azı bir əşya olmalıdır</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>quantity is a whole number ≥ 1</source>
        <translation>miqdar 1 və ya daha böyük tam ədəddir</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no such business plan for this person</source>
        <translation>bu şəxs üçün belə biznes plan yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business plan is not approved</source>
        <translation>biznes plan təsdiqlənməyib</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this grant was already handed over</source>
        <translation>bu qrant artıq təhvil verilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a course has 1 to 30 sessions</source>
        <translation>kursda 1-dən 30-a qədər məşğələ olur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion needs between 1 and all sessions</source>
        <translation>bitirmək üçün 1-dən bütün məşğələlərə qədər iştirak lazımdır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session {n} is on {held_on}: attendance is marked on the day or after</source>
        <translation>{n}-ci məşğələ {held_on} tarixindədir: iştirak həmin gün və ya sonra qeyd edilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such training session</source>
        <translation>belə təlim məşğələsi yoxdur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>this person is not enrolled in the course</source>
        <translation>bu şəxs kursa yazılmayıb</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this field is required</source>
        <translation>bu sahəni doldurmaq vacibdir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {max_len} characters</source>
        <translation>ən çoxu {max_len} simvol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a date</source>
        <translation>tarixi daxil edin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is not a date (use 2026-11-22 or 22.11.2026)</source>
        <translation>{text!r} tarix deyil (2026-11-22 və ya 22.11.2026 kimi yazın)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {options}</source>
        <translation>bunlardan biri olmalıdır: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>tarix gələcəkdədir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this key does not open the database</source>
        <translation>bu açar bazanı açmır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync cancelled; it resumes where it stopped</source>
        <translation>sinxronlaşdırma dayandırıldı; qaldığı yerdən davam edəcək</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a plan has at most {n} budget lines</source>
        <translation>planda ən çoxu {n} büdcə sətri ola bilər</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a grant has at most {n} items</source>
        <translation>qrantda ən çoxu {n} əşya ola bilər</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan&apos;s grant is already recorded</source>
        <translation>bu planın qrantı artıq qeyd edilib</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server refused this device: {reason}</source>
        <translation>server bu cihazı qəbul etmədi: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused the sync: {reason}</source>
        <translation>server sinxronlaşdırmanı qəbul etmədi: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is not enrolled: run `fieldbook enroll`</source>
        <translation>bu noutbuk serverə qoşulmayıb: Parametrlər → Sinxronlaşdırma serveri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device&apos;s token is missing: enroll it again</source>
        <translation>bu cihazın giriş açarı yoxdur: noutbuku serverə yenidən qoşun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: {reason}. Unsent changes are kept.</source>
        <translation>oflayn: {reason}. Göndərilməmiş dəyişikliklər saxlanılır.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is already enrolled</source>
        <translation>bu noutbuk artıq serverə qoşulub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach {url}: {reason}</source>
        <translation>{url} ünvanına qoşulmaq mümkün olmadı: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrollment refused: {reason}</source>
        <translation>qoşulma rədd edildi: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this code is for a head-office account, not a field laptop</source>
        <translation>bu kod baş ofis hesabı üçündür, sahə noutbuku üçün deyil</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Mine survivor</source>
        <translation type="vanished">Minadan zərər çəkmiş</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="vanished">Ailə üzvü</translation>
    </message>
    <message>
        <source>Internally displaced</source>
        <translation type="vanished">Məcburi köçkün</translation>
    </message>
    <message>
        <source>Returning migrant</source>
        <translation type="vanished">Geri qayıdan miqrant</translation>
    </message>
    <message>
        <source>Other vulnerable</source>
        <translation type="vanished">Digər həssas şəxs</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="vanished">Qadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="vanished">Kişi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Açıq</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="vanished">Bağlı</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="vanished">Təsdiqlənib</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">Aktiv</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation type="vanished">Ödənilib</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="vanished">Silinib</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Ləğv edilib</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="vanished">Ödənilib</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="vanished">Qismən ödənilib</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Ödənilməli</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Gecikib</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation type="vanished">Kreditin verilməsi</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation type="vanished">Ödəniş</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="vanished">Haqq</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation type="vanished">Cərimə</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="vanished">Silinmə</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="vanished">Ləğvetmə</translation>
    </message>
    <message>
        <source>Loan officer</source>
        <translation type="vanished">Kredit mütəxəssisi</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="vanished">Təlimçi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="vanished">Nəzarətçi</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="vanished">İnzibatçı</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="vanished">Təqdim olunub</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_messages.py" line="+15"/>
        <source>female</source>
        <translation>qadın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine survivor</source>
        <translation>mina qurbanı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family member</source>
        <translation>ailə üzvü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internally displaced person</source>
        <translation>məcburi köçkün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returning migrant</source>
        <translation>geri qayıdan miqrant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other vulnerable group</source>
        <translation>digər həssas qrup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>açıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>bağlı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan officer</source>
        <translation>kredit mütəxəssisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainer</source>
        <translation>təlimçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>nəzarətçi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>inzibatçı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>təklif edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaid</source>
        <translation>bağlanıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>silinib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>ləğv edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disbursement</source>
        <translation>kreditin verilməsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repayment</source>
        <translation>ödəniş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee</source>
        <translation>haqq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty</source>
        <translation>cərimə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>silinmə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>storno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>ödənilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly paid</source>
        <translation>qismən ödənilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>gözlənilir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>gecikir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>təqdim edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>rədd edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>geri qaytarılıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored</source>
        <translation>qiymətləndirilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resubmitted</source>
        <translation>yenidən təqdim edilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own contribution</source>
        <translation>öz töhfəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-kind grant</source>
        <translation>natura qrantı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>kredit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>hazırlanıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over</source>
        <translation>təhvil verilib</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market: customers and competition known</source>
        <translation>Bazar: müştərilər və rəqabət bilinir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and experience for this business</source>
        <translation>Bu biznes üçün bacarıq və təcrübə</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viability: prices, costs and cash flow</source>
        <translation>Səmərəlilik: qiymətlər, xərclər və pul axını</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realistic budget and own contribution</source>
        <translation>Real büdcə və öz töhfəsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs and benefit for the family</source>
        <translation>İş yerləri və ailəyə fayda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already has a loan</source>
        <translation>artıq krediti var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has not completed a training</source>
        <translation>təlimi başa vurmayıb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no approved business plan</source>
        <translation>təsdiq edilmiş biznes planı yoxdur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>aylıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>həftəlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining balance</source>
        <translation>azalan qalıq</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat interest</source>
        <translation>sabit faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal installments</source>
        <translation>bərabər ödənişlər</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal principal</source>
        <translation>bərabər əsas borc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>faiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal</source>
        <translation>əsas borc</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <location filename="../../app/ui/outputs.py" line="+29"/>
        <source>{what} saved to {path}</source>
        <translation>{what} saxlanıldı: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to {path}</source>
        <translation>Saxlanıldı: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export ledger</source>
        <translation>Uçot kitabının ixracı</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Leave out names and ID numbers (pseudonymised, for sharing outside the office)?</source>
        <translation>Adlar və şəxsiyyət vəsiqəsi nömrələri çıxarılsın (təxəllüsləşdirilmiş, ofisdən kənarda paylaşmaq üçün)?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ledger workbook</source>
        <translation>Uçot kitabı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the ledger workbook…</source>
        <translation>Uçot kitabı ixrac edilir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; no file written.</source>
        <translation>İxrac ləğv edildi; fayl yazılmadı.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save PDF</source>
        <translation>PDF-i saxla</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Saxlanılmadı</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="vanished">Nəsə alınmadı</translation>
    </message>
    <message>
        <source>The work did not finish: {error}</source>
        <translation type="vanished">İş başa çatmadı: {error}</translation>
    </message>
    <message>
        <source>{what} saved to {path}</source>
        <translation type="vanished">{what} saxlanıldı: {path}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="vanished">Saxlanıldı: {path}</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation type="vanished">Uçot kitabının ixracı</translation>
    </message>
    <message>
        <source>Leave out names and ID numbers (pseudonymised, for sharing outside the office)?</source>
        <translation type="vanished">Adlar və şəxsiyyət vəsiqəsi nömrələri çıxarılsın (təxəllüsləşdirilmiş, ofisdən kənarda paylaşmaq üçün)?</translation>
    </message>
    <message>
        <source>Ledger workbook</source>
        <translation type="vanished">Uçot kitabı</translation>
    </message>
    <message>
        <source>Exporting the ledger workbook…</source>
        <translation type="vanished">Uçot kitabı ixrac edilir…</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation type="vanished">İxrac ləğv edildi; fayl yazılmadı.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="vanished">PDF-i saxla</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Ləğv et</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>DEMO (practice)</source>
        <translation type="vanished">DEMO (məşq)</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="+98"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
</context>
</TS>
