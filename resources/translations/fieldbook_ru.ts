<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../app/ui/screens/trainings.py" line="+89"/>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day {n}
{date}</source>
        <translation>День {n}
{date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attended</source>
        <translation>Посещено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Завершил</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
</context>
<context>
    <name>AttentionBox</name>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="+107"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>С какого времени</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing needs attention: every change went through.</source>
        <translation>Ничто не требует внимания: все изменения прошли.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the selected change again, or all of them when none is selected</source>
        <translation>Повторить выбранное изменение, а если ничего не выбрано — все</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not be stored here</source>
        <translation>Не удалось сохранить здесь</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention ({n})</source>
        <translation>Требует внимания ({n})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{done} went through, {still} still need attention</source>
        <translation>Прошло: {done}, всё ещё требует внимания: {still}</translation>
    </message>
</context>
<context>
    <name>BackupBox</name>
    <message>
        <location filename="../../app/ui/screens/backup_box.py" line="+64"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из копии…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder (a USB stick is best)</source>
        <translation>Папка (лучше всего флешка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily copies to keep</source>
        <translation>Хранить ежедневных копий</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation type="vanished">Резервных копий ещё нет.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backup yet: connect the stick and back up now.</source>
        <translation>Резервных копий ещё нет: вставьте флешку и сделайте копию сейчас.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last backup: {when}.</source>
        <translation>Последняя копия: {when}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than a week: back up now.</source>
        <translation>Старше недели: сделайте копию сейчас.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup failed.</source>
        <translation>Не удалось создать копию.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from</source>
        <translation>Восстановить из</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту копию?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{district}, laptop {code}-{n}: {people} case files, {loans} loans, {pending} changes not yet synced.

The current database is kept aside, not deleted. Fieldbook closes after the restore; start it again.</source>
        <translation>{district}, ноутбук {code}-{n}: личных дел {people}, кредитов {loans}, несинхронизированных изменений {pending}.

Текущая база не удаляется, а откладывается в сторону. После восстановления Fieldbook закроется; запустите его снова.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot restore</source>
        <translation>Восстановить нельзя</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restored. The previous database is kept as {aside}.</source>
        <translation>Восстановлено. Прежняя база сохранена как {aside}.</translation>
    </message>
</context>
<context>
    <name>BeneficiariesScreen</name>
    <message>
        <location filename="../../app/ui/screens/beneficiaries.py" line="+31"/>
        <source>Case file</source>
        <translation>Личное дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+59"/>
        <source>Loading case files…</source>
        <translation>Загрузка личных дел…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Search by name or case number (Ctrl+F) — aliyeva finds Əliyeva</source>
        <translation>Поиск по имени или номеру дела (Ctrl+F) — aliyeva найдёт Əliyeva</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open and closed</source>
        <translation>Открытые и закрытые</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New case file (Ctrl+N)</source>
        <translation>Новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading all case files…</source>
        <translation>Загрузка всех личных дел…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All districts</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No case files yet — press Ctrl+N to register the first person.</source>
        <translation>Личных дел пока нет — нажмите Ctrl+N, чтобы зарегистрировать первого человека.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody matches this search. Check the spelling or clear a filter.</source>
        <translation>Никто не найден. Проверьте написание или сбросьте фильтр.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{shown} of {total} case files</source>
        <translation>{shown} из {total} личных дел</translation>
    </message>
</context>
<context>
    <name>BeneficiaryForm</name>
    <message>
        <location filename="../../app/ui/screens/beneficiary_form.py" line="+44"/>
        <source>New case file</source>
        <translation>Новое личное дело</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit case file {code}</source>
        <translation>Изменить дело {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Vaqif qızı</source>
        <translation>напр. Vaqif qızı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has a disability</source>
        <translation>Есть инвалидность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. lower-limb amputation</source>
        <translation>напр. ампутация нижней конечности</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent to keep and share this data was given</source>
        <translation>Есть согласие на хранение и передачу данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>дд.мм.гггг (пусто: сегодня)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surname *</source>
        <translation>Фамилия *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name *</source>
        <translation>Имя *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex *</source>
        <translation>Пол *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date *</source>
        <translation>Дата рождения *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category *</source>
        <translation>Категория *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability note</source>
        <translation>Об инвалидности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Likely duplicate</source>
        <translation>Возможный дубликат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A case file with the same name and birth date already exists: {codes}.

Is this a different person? Choose Yes to save a new case file anyway.</source>
        <translation>Личное дело с таким же именем и датой рождения уже есть: {codes}.

Это другой человек? Нажмите «Да», чтобы всё равно сохранить новое дело.</translation>
    </message>
</context>
<context>
    <name>BudgetTable</name>
    <message>
        <location filename="../../app/ui/screens/plan_form.py" line="+52"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price of one (₼)</source>
        <translation>Цена за единицу (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Кто платит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add line</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove line</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Budget {total}: own contribution {own}, in-kind grant {grant}, loan {loan}</source>
        <translation>Бюджет {total}: собственный вклад {own}, натуральный грант {grant}, кредит {loan}</translation>
    </message>
</context>
<context>
    <name>BulkEntryDialog</name>
    <message>
        <location filename="../../app/ui/screens/bulk_entry.py" line="+44"/>
        <source>The day&apos;s collections</source>
        <translation>Сборы дня</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each ticked loan is recorded as paid with the amount received. Untick who did not pay; type only the amounts that differ.</source>
        <translation>Каждый отмеченный кредит записывается как оплаченный полученной суммой. Снимите отметку с тех, кто не заплатил; впишите только отличающиеся суммы.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To collect</source>
        <translation>К сбору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received (₼)</source>
        <translation>Получено (₼)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An amount is not a number</source>
        <translation>Одна из сумм — не число</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{n} repayments, {total}</source>
        <translation>платежей: {n}, {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record {n} repayments…</source>
        <translation>Записать платежи ({n})…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record {n} repayments, {total} in all, each with its own receipt?</source>
        <translation>Записать платежи ({n}), всего {total}, каждый со своей квитанцией?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the collections</source>
        <translation>Записать сборы</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{n} repayments recorded, receipts {first}–{last}.</source>
        <translation>Записано платежей: {n}, квитанции {first}–{last}.</translation>
    </message>
</context>
<context>
    <name>CaseFileDialog</name>
    <message>
        <location filename="../../app/ui/screens/case_file.py" line="+48"/>
        <source>Edit case file</source>
        <translation>Изменить дело</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case summary (PDF)…</source>
        <translation>Сводка по делу (PDF)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+72"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet — write the first one below.</source>
        <translation>Заметок пока нет — напишите первую ниже.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A visit, a phone call, a referral…</source>
        <translation>Визит, звонок, направление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Посещено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Завершил</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enrolled in any training — enrol from the Trainings screen.</source>
        <translation>Не записан ни на один тренинг — запишите в разделе «Тренинги».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Вид бизнеса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested</source>
        <translation>Запрошено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Подан</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+34"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No business plan yet — write one with the person after the training.</source>
        <translation>Бизнес-плана пока нет — напишите его вместе с человеком после обучения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New business plan…</source>
        <translation>Новый бизнес-план…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No in-kind grant yet — an approved plan&apos;s grant lines become one.</source>
        <translation>Натуральных грантов пока нет — строки гранта утверждённого плана становятся грантом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handover act (PDF)…</source>
        <translation>Акт приёма-передачи (PDF)…</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Hand over the grant</source>
        <translation>Передать грант</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handed over on (dd.mm.yyyy):</source>
        <translation>Дата передачи (дд.мм.гггг):</translation>
    </message>
    <message>
        <source>No business plan submitted yet.</source>
        <translation type="vanished">Бизнес-план ещё не подан.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Business plan</source>
        <translation>Бизнес-план</translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="vanished">Выдан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>No in-kind grant given yet.</source>
        <translation type="vanished">Натуральный грант ещё не выдан.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Grants</source>
        <translation>Гранты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No loans yet.</source>
        <translation>Кредитов пока нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New loan for this person</source>
        <translation>Новый кредит для этого человека</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>Район</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given on {date}</source>
        <translation>Дано {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not given — ask before sharing any data</source>
        <translation>Не дано — спросите, прежде чем передавать данные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <location filename="../../app/ui/screens/charge_form.py" line="+30"/>
        <source>Charge on loan {n}</source>
        <translation>Начисление по кредиту {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 5,00</source>
        <translation>напр. 5,00</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 12 days late on installment 3</source>
        <translation>напр. просрочка 12 дней по 3-му платежу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charge</source>
        <translation>Начислить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (₼)</source>
        <translation>Сумма (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record the charge</source>
        <translation>Записать начисление</translation>
    </message>
</context>
<context>
    <name>ChooseLoanDialog</name>
    <message>
        <location filename="../../app/ui/choose_loan.py" line="+37"/>
        <source>Which loan?</source>
        <translation>Какой кредит?</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>{n} loans match “{typed}”. Choose one:</source>
        <translation>Под «{typed}» подходит кредитов: {n}. Выберите один:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due now</source>
        <translation>К оплате сейчас</translation>
    </message>
</context>
<context>
    <name>ChoosePersonDialog</name>
    <message>
        <location filename="../../app/ui/choose_person.py" line="+64"/>
        <source>Which person?</source>
        <translation>Кто именно?</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>{n} people match “{typed}”. Choose one:</source>
        <translation>Под «{typed}» подходят {n} человек. Выберите одного:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Дата рожд.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>ConflictsBox</name>
    <message>
        <location filename="../../app/ui/screens/conflicts.py" line="-117"/>
        <source>Sync conflicts</source>
        <translation>Конфликты синхронизации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value here</source>
        <translation>Значение здесь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other laptop&apos;s value</source>
        <translation>Значение на другом ноутбуке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No conflicts. Edits from every laptop agree.</source>
        <translation>Конфликтов нет. Изменения со всех ноутбуков согласованы.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the value here</source>
        <translation>Оставить значение здесь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the other laptop&apos;s value</source>
        <translation>Взять значение с другого ноутбука</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A supervisor resolves conflicts.</source>
        <translation>Конфликты разрешает руководитель.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sync conflicts ({n})</source>
        <translation>Конфликты синхронизации ({n})</translation>
    </message>
</context>
<context>
    <name>DueScreen</name>
    <message>
        <location filename="../../app/ui/screens/due.py" line="+74"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next due</source>
        <translation>Следующий платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To collect</source>
        <translation>К сбору</translation>
    </message>
    <message>
        <source>Last paid</source>
        <translation type="vanished">Последний платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+96"/>
        <source>Nothing due in these days — no visit needed, or widen the dates.</source>
        <translation>В эти дни платежей нет — визит не нужен, или расширьте даты.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record repayment…</source>
        <translation>Записать платёж…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the day&apos;s collections…</source>
        <translation>Записать сборы дня…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection sheet (PDF)…</source>
        <translation>Лист сбора (PDF)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due list</source>
        <translation>Платежи к сбору</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>promised {date}</source>
        <translation>обещал: {date}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All villages</source>
        <translation>Все сёла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All products</source>
        <translation>Все продукты</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} loans, {late} of them late · to collect {total}</source>
        <translation>кредитов: {n}, просрочено: {late} · к сбору {total}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>last paid {amount} on {date}</source>
        <translation>последний платёж {amount}, {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing paid yet</source>
        <translation>ещё ничего не оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total owed {total}</source>
        <translation>всего долг {total}</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{n} rows copied</source>
        <translation>скопировано строк: {n}</translation>
    </message>
</context>
<context>
    <name>FormErrors</name>
    <message>
        <location filename="../../app/ui/common.py" line="+215"/>
        <source>Line {n}: </source>
        <translation>Строка {n}: </translation>
    </message>
</context>
<context>
    <name>GrantForm</name>
    <message>
        <location filename="../../app/ui/screens/grant_form.py" line="+111"/>
        <source>In-kind grant — {person}</source>
        <translation>Натуральный грант — {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handed over on this day (the act is signed)</source>
        <translation>Передан в этот день (акт подписан)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record the grant</source>
        <translation>Записать грант</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/ui/import_dialog.py" line="+33"/>
        <source>Import beneficiaries from Excel</source>
        <translation>Импорт бенефициаров из Excel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An .xlsx file made from the Fieldbook template</source>
        <translation>Файл .xlsx, сделанный по шаблону Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file</source>
        <translation>Проверить файл</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing is written until every row is right. Problems are listed with their row and column; correct them in Excel and check again.</source>
        <translation>Ничего не записывается, пока все строки не верны. Ошибки показаны со строкой и столбцом; исправьте их в Excel и проверьте снова.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problems found yet.</source>
        <translation>Ошибок пока не найдено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These are different people: import the likely duplicates too</source>
        <translation>Это разные люди: импортировать и возможные дубликаты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import beneficiaries</source>
        <translation>Импорт бенефициаров</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No such file: {path}</source>
        <translation>Нет такого файла: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rows {rows}</source>
        <translation>строки {rows}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name and birth date</source>
        <translation>имя и дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is likely already known: {where}</source>
        <translation>{name}, вероятно, уже есть: {where}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every row is right.</source>
        <translation>Все строки верны.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{n} problems in {rows} of {total} rows. Nothing can be imported yet.</source>
        <translation>Ошибок: {n} в {rows} из {total} строк. Импортировать пока нельзя.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All {n} rows are right.</source>
        <translation>Все строки ({n}) верны.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{d} look like people already known.</source>
        <translation>Похожи на уже известных людей: {d}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import {n} case files</source>
        <translation>Импортировать личные дела: {n}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {n} case files.</source>
        <translation>Импортировано личных дел: {n}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../../app/ui/screens/grant_form.py" line="-85"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value of one (₼)</source>
        <translation>Стоимость единицы (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial numbers</source>
        <translation>Серийные номера</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add item</source>
        <translation>Добавить предмет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove item</source>
        <translation>Удалить предмет</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="+211"/>
        <source>Join through a sync server</source>
        <translation>Подключиться через сервер синхронизации</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the server address and the one-time code head office gave for this laptop. The district&apos;s officers and records are then copied here.</source>
        <translation>Введите адрес сервера и одноразовый код, выданный головным офисом для этого ноутбука. Затем сюда будут скопированы сотрудники и записи района.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the server address and the code.</source>
        <translation>Введите адрес сервера и код.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <location filename="../../app/ui/screens/loan_detail.py" line="+47"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+16"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty</source>
        <translation>Пеня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+199"/>
        <source>Disburse</source>
        <translation>Выдать кредит</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Reverse selected entry…</source>
        <translation>Сторнировать выбранную запись…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write off…</source>
        <translation>Списать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charge a fee or penalty…</source>
        <translation>Начислить комиссию или штраф…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record repayment…</source>
        <translation>Записать платёж…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt (PDF)…</source>
        <translation>Квитанция (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule card (PDF)…</source>
        <translation>График платежей (PDF)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reverses an earlier entry: {reason}</source>
        <translation>сторно прежней записи: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reversed</source>
        <translation>сторнировано</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loan {n}</source>
        <translation>Кредит {n}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a year, {n} installments</source>
        <translation>годовых, платежей: {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: {s}</source>
        <translation>Статус: {s}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proposed by {name}, awaiting a supervisor&apos;s approval</source>
        <translation>предложен: {name}, ожидает одобрения супервайзера</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved by {name} on {d}</source>
        <translation>одобрен: {name}, {d}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected by {name} on {d}</source>
        <translation>отклонён: {name}, {d}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proposed despite: {warnings} — {reason}</source>
        <translation>предложен, несмотря на: {warnings} — {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>disbursed {d}</source>
        <translation>выдан {d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>principal outstanding {p}; total owed today {t}</source>
        <translation>остаток основного долга {p}; всего к оплате сегодня {t}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{d} days late</source>
        <translation>просрочка {d} дн.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A supervisor other than the officer who proposed the loan decides</source>
        <translation>Решение принимает супервайзер, а не сотрудник, предложивший кредит</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Approve loan</source>
        <translation>Одобрить кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve {number} for {name}? A note for the file (optional):</source>
        <translation>Одобрить {number} для {name}? Заметка в дело (необязательно):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject loan</source>
        <translation>Отклонить кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is {number} for {name} rejected?</source>
        <translation>Почему {number} для {name} отклонён?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Pay out {amount} to {name} today?</source>
        <translation>Выдать сегодня {amount} получателю {name}?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reverse entry</source>
        <translation>Сторно записи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is this {kind} of {amount} reversed?</source>
        <translation>Почему сторнируется эта операция ({kind}) на {amount}?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write off</source>
        <translation>Списание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is what is still owed written off?</source>
        <translation>Почему списывается оставшийся долг?</translation>
    </message>
</context>
<context>
    <name>LoansScreen</name>
    <message>
        <location filename="../../app/ui/screens/loans.py" line="+47"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+42"/>
        <source>Loading loans…</source>
        <translation>Загрузка кредитов…</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Find a loan by number or name (Ctrl+F)</source>
        <translation>Найти кредит по номеру или имени (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Late only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reassign the loans shown…</source>
        <translation>Передать показанные кредиты…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New loan (Ctrl+N)</source>
        <translation>Новый кредит (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All officers</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No loans yet — open a case file, or press Ctrl+N to create a loan.</source>
        <translation>Кредитов пока нет — откройте личное дело или нажмите Ctrl+N, чтобы создать кредит.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No loan matches. Clear the search or the filter.</source>
        <translation>Кредиты не найдены. Очистите поиск или фильтр.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{shown} of {total} loans; {late} late</source>
        <translation>{shown} из {total} кредитов; просрочено: {late}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../app/ui/lock.py" line="+34"/>
        <source>Fieldbook is locked</source>
        <translation>Fieldbook заблокирован</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after a while without use. {name}, type your password to go on.</source>
        <translation>Заблокировано после простоя. {name}, введите пароль, чтобы продолжить.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="+16"/>
        <source>Fieldbook — log in</source>
        <translation>Fieldbook — вход</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{district} office</source>
        <translation>Офис: {district}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fieldbook (encrypted)</source>
        <translation>Fieldbook (зашифрован)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First time on this laptop? A colleague who already works on it types their login and password below, or enter the one-time code the administrator made for you on this laptop.</source>
        <translation>Впервые на этом ноутбуке? Коллега, который уже работает на нём, вводит ниже свой логин и пароль, или введите одноразовый код, который администратор создал для вас на этом ноутбуке.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colleague&apos;s login</source>
        <translation>Логин коллеги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague&apos;s password</source>
        <translation>Пароль коллеги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or one-time code</source>
        <translation>или одноразовый код</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First time on this laptop…</source>
        <translation>Впервые на этом ноутбуке…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="+60"/>
        <source>Fieldbook — {district} office</source>
        <translation>Fieldbook — офис: {district}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayments</source>
        <translation>Погашения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due list</source>
        <translation>Платежи к сбору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not part of your role</source>
        <translation>Не входит в вашу роль</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{district} · laptop {code}-{n}</source>
        <translation>{district} · ноутбук {code}-{n}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Офлайн — изменения хранятся на этом ноутбуке</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export ledger workbook…</source>
        <translation>Экспорт книги учёта…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import beneficiaries from Excel…</source>
        <translation>Импорт бенефициаров из Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the import template…</source>
        <translation>Сохранить шаблон импорта…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the import template</source>
        <translation>Сохранить шаблон импорта</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template saved to {path}</source>
        <translation>Шаблон сохранён: {path}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>That screen is not part of your role.</source>
        <translation>Этот раздел не входит в вашу роль.</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="+151"/>
        <source>DEMO (practice)</source>
        <translation>ДЕМО (тренировка)</translation>
    </message>
</context>
<context>
    <name>NewCourseDialog</name>
    <message>
        <location filename="../../app/ui/screens/trainings.py" line="+77"/>
        <source>New training course</source>
        <translation>Новый учебный курс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Starting a small business</source>
        <translation>напр. Как начать малый бизнес</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days (one session a day)</source>
        <translation>Дней (одно занятие в день)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessions needed to complete</source>
        <translation>Занятий для завершения</translation>
    </message>
</context>
<context>
    <name>NewLoanDialog</name>
    <message>
        <location filename="../../app/ui/screens/loan_form.py" line="+36"/>
        <source>New loan</source>
        <translation>Новый кредит</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name or case number</source>
        <translation>Введите имя или номер дела</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>e.g. 1 500,00</source>
        <translation>напр. 1 500,00</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why the loan is proposed anyway (the supervisor reads it)</source>
        <translation>Почему кредит всё же предлагается (читает супервайзер)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal (₼)</source>
        <translation>Сумма кредита (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term (installments)</source>
        <translation>Срок (число платежей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>To explain in writing: {warnings}</source>
        <translation>Нужно письменное объяснение: {warnings}</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Срок</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="vanished">Основной долг</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="vanished">Проценты</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation type="vanished">Платёж</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="vanished">Остаток</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Create loan</source>
        <translation>Создать кредит</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No loan products yet — a supervisor adds them in Settings → Loan products (or: fieldbook product add).</source>
        <translation>Кредитных продуктов пока нет — их добавляет супервайзер в разделе Настройки → Кредитные продукты (или: fieldbook product add).</translation>
    </message>
    <message>
        <source>No loan products yet — a supervisor creates them first.</source>
        <translation type="vanished">Кредитных продуктов пока нет — сначала их создаёт руководитель.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose the person from the list (type part of the name)</source>
        <translation>выберите человека из списка (введите часть имени)</translation>
    </message>
    <message>
        <source>Total interest {i}, total to repay {t}</source>
        <translation type="vanished">Всего процентов {i}, всего к возврату {t}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no loan product to choose</source>
        <translation>нет кредитного продукта для выбора</translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <location filename="../../app/ui/screens/officers.py" line="+42"/>
        <source>New officer</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (8 or more characters)</source>
        <translation>Пароль (не менее 8 символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../app/ui/screens/due.py" line="+28"/>
        <source>Note on {loan} — {name}</source>
        <translation>Заметка по {loan} — {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. the market was slow; will pay on Friday</source>
        <translation>напр. на рынке было тихо; заплатит в пятницу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no promise</source>
        <translation>не обещал</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised to pay on</source>
        <translation>Обещал заплатить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the note</source>
        <translation>Сохранить заметку</translation>
    </message>
</context>
<context>
    <name>OfficersBox</name>
    <message>
        <location filename="../../app/ui/screens/officers.py" line="+58"/>
        <source>Officers of this office</source>
        <translation>Сотрудники офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add an officer…</source>
        <translation>Добавить сотрудника…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deactivate or reactivate</source>
        <translation>Отключить или включить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An officer who left can no longer sign in; their records stay theirs</source>
        <translation>Ушедший сотрудник больше не может войти; его записи остаются за ним</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One-time code to open this laptop…</source>
        <translation>Одноразовый код для входа на этот ноутбук…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For an officer who has not yet signed in on this encrypted laptop: the code lets them in once, within 72 hours; from then on their own password opens it</source>
        <translation>Для сотрудника, который ещё не входил на этом зашифрованном ноутбуке: код впускает его один раз в течение 72 часов; после этого ноутбук открывает его собственный пароль</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>Officers</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>{name} signs in with the new password from now on.</source>
        <translation>Теперь {name} входит с новым паролем.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deactivate {name}? They can no longer sign in; their records stay theirs.</source>
        <translation>Отключить {name}? Вход будет закрыт; записи останутся за сотрудником.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let {name} sign in again?</source>
        <translation>Снова разрешить вход для {name}?</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>One-time code</source>
        <translation>Одноразовый код</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+50"/>
        <source>Select an officer in the list first.</source>
        <translation>Сначала выберите сотрудника в списке.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give this code to {name} in person. At their first sign-in on this laptop they choose &quot;First time on this laptop…&quot; and type it with their own login and password. It works once, for 72 hours, and is not shown again.

{code}</source>
        <translation>Передайте этот код лично: {name}. При первом входе на этом ноутбуке нужно выбрать «Впервые на этом ноутбуке…» и ввести код вместе со своим логином и паролем. Код действует один раз, 72 часа, и больше не показывается.

{code}</translation>
    </message>
</context>
<context>
    <name>OrganisationBox</name>
    <message>
        <location filename="../../app/ui/screens/organisation_box.py" line="+36"/>
        <source>Organisation on every paper</source>
        <translation>Организация на каждом документе</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. Mine Action Agency of Azerbaijan</source>
        <translation>напр. Агентство по разминированию Азербайджана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Socio-economic reintegration programme</source>
        <translation>напр. Программа социально-экономической реинтеграции</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Business plan rubric…</source>
        <translation>Критерии оценки бизнес-плана…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not set yet: papers are headed with the district office only.</source>
        <translation>Пока не задано: в шапке документов только районный офис.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved: the next papers carry it.</source>
        <translation>Сохранено: появится на следующих документах.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../app/ui/screens/plan_detail.py" line="+44"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price of one</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Кто платит</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Reviewer</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marks</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Round</source>
        <translation>Круг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason or score</source>
        <translation>Причина или оценка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scores</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score…</source>
        <translation>Оценить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send back…</source>
        <translation>Вернуть…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In-kind grant from this plan…</source>
        <translation>Натуральный грант по этому плану…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Business plan — {person}</source>
        <translation>Бизнес-план — {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score: {score}</source>
        <translation>Оценка: {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round {n}</source>
        <translation>Круг {n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written by {who}</source>
        <translation>Составил: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget {total}: own contribution {own}, in-kind grant {grant}, loan {loan}</source>
        <translation>Бюджет {total}: собственный вклад {own}, натуральный грант {grant}, кредит {loan}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision: {reason}</source>
        <translation>Решение: {reason}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Score the plan by the rubric first.</source>
        <translation>Сначала оцените план по критериям.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The officer who wrote the plan does not score it.</source>
        <translation>Сотрудник, написавший план, не оценивает его.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Approve the plan</source>
        <translation>Утвердить план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the plan</source>
        <translation>Отклонить план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the plan back</source>
        <translation>Вернуть план на доработку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why is it approved? (kept in the plan&apos;s history)</source>
        <translation>Почему план утверждён? (сохраняется в истории плана)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it rejected? (the person is told)</source>
        <translation>Почему план отклонён? (человеку сообщат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What must be changed before it is scored again?</source>
        <translation>Что нужно изменить до повторной оценки?</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../app/ui/screens/plan_form.py" line="+27"/>
        <source>New business plan — {person}</source>
        <translation>Новый бизнес-план — {person}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise business plan — {person}</source>
        <translation>Доработать бизнес-план — {person}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Tailor shop for women&apos;s clothes</source>
        <translation>напр. Мастерская по пошиву женской одежды</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. tailoring</source>
        <translation>напр. пошив</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers, competitors, prices, where the work is done…</source>
        <translation>Покупатели, конкуренты, цены, где будет идти работа…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>0 if no loan is asked for</source>
        <translation>0, если кредит не нужен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed since it was sent back</source>
        <translation>Что изменилось после возврата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business</source>
        <translation>Вид бизнеса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan asked for (₼)</source>
        <translation>Запрошенный кредит (₼)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resubmit the plan</source>
        <translation>Подать план повторно</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit the plan</source>
        <translation>Подать план</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the plan</source>
        <translation>Сохранить план</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../app/ui/screens/products.py" line="+64"/>
        <source>New loan product</source>
        <translation>Новый кредитный продукт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revise loan product</source>
        <translation>Изменить кредитный продукт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 18</source>
        <translation>напр. 18</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product name</source>
        <translation>Название продукта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual rate (%)</source>
        <translation>Годовая ставка (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term (installments)</source>
        <translation>Срок (число платежей)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal (₼)</source>
        <translation>Сумма кредита (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grace (installments of interest only)</source>
        <translation>Льготный период (платежи только процентов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round installments up to (₼)</source>
        <translation>Округлять платежи вверх до (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding of the qəpik</source>
        <translation>Округление гяпиков</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A repayment pays</source>
        <translation>Порядок погашения</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Срок</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="vanished">Основной долг</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation type="vanished">Платёж</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="vanished">Остаток</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add product</source>
        <translation>Добавить продукт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>A loan of {amount} over {term} installments, disbursed today:</source>
        <translation>Кредит на {amount}, {term} платежей, выданный сегодня:</translation>
    </message>
    <message>
        <source>Total interest {i}, total to repay {t}</source>
        <translation type="vanished">Всего процентов {i}, всего к возврату {t}</translation>
    </message>
</context>
<context>
    <name>ProductsBox</name>
    <message>
        <location line="+38"/>
        <location line="+53"/>
        <location line="+15"/>
        <source>Loan products</source>
        <translation>Кредитные продукты</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Имя</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate %</source>
        <translation>Ставка %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequency</source>
        <translation>Периодичность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No loan products yet. Add the first one: loans are made from a product.</source>
        <translation>Кредитных продуктов пока нет. Добавьте первый: кредиты выдаются по продукту.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a loan product…</source>
        <translation>Добавить кредитный продукт…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revise…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retire</source>
        <translation>Вывести из обращения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supervisor or administrator manages products</source>
        <translation>Продуктами управляет супервайзер или администратор</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show retired</source>
        <translation>Показать выведенные</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a product in the list first.</source>
        <translation>Сначала выберите продукт в списке.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This product is retired. Add a new one instead.</source>
        <translation>Этот продукт выведен из обращения. Добавьте новый.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Retire {name}? Its {n} loans go on as they are; no new loan can use it.</source>
        <translation>Вывести {name} из обращения? Его кредиты ({n}) продолжаются как есть; новые кредиты по нему выдать нельзя.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retire a loan product</source>
        <translation>Вывести кредитный продукт из обращения</translation>
    </message>
</context>
<context>
    <name>ProtectionBox</name>
    <message>
        <location filename="../../app/ui/screens/protection_box.py" line="+31"/>
        <source>Data protection</source>
        <translation>Защита данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypt this laptop&apos;s records…</source>
        <translation>Зашифровать записи на этом ноутбуке…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock the window after</source>
        <translation>Блокировать окно через</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The records on this laptop are encrypted; the password of each officer who has signed in here opens them. An officer new to this laptop signs in the first time with a colleague or a one-time code (Officers).</source>
        <translation>Записи на этом ноутбуке зашифрованы; их открывает пароль каждого сотрудника, который уже входил здесь. Новый на этом ноутбуке сотрудник в первый раз входит вместе с коллегой или по одноразовому коду (Сотрудники офиса).</translation>
    </message>
    <message>
        <source>The records on this laptop are encrypted; each officer&apos;s password opens them.</source>
        <translation type="vanished">Записи на этом ноутбуке зашифрованы; их открывает пароль каждого сотрудника.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records on this laptop are NOT encrypted: anyone with the laptop can read them. The administrator can encrypt them now; unsynced changes are kept.</source>
        <translation>Записи на этом ноутбуке НЕ зашифрованы: их может прочитать любой, у кого окажется ноутбук. Администратор может зашифровать их сейчас; несинхронизированные изменения сохранятся.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your password, {name}, to confirm:</source>
        <translation>Ваш пароль для подтверждения, {name}:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypted. Fieldbook closes now; start it again and log in.</source>
        <translation>Зашифровано. Fieldbook сейчас закроется; запустите его снова и войдите.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypting…</source>
        <translation>Шифрование…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="+51"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-16"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../app/ui/screens/reassign.py" line="+24"/>
        <source>Reassign {n} loans</source>
        <translation>Передать кредиты ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and {n} more</source>
        <translation> и ещё {n}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Elşən left the office on 30 November</source>
        <translation>напр. Эльшен ушёл из офиса 30 ноября</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassign</source>
        <translation>Передать</translation>
    </message>
</context>
<context>
    <name>RepaymentsScreen</name>
    <message>
        <location filename="../../app/ui/screens/repayments.py" line="+72"/>
        <source>Loan number or name, then Enter</source>
        <translation>Номер кредита или имя, затем Enter</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+135"/>
        <source>No loan chosen.</source>
        <translation>Кредит не выбран.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>e.g. 112,50</source>
        <translation>напр. 112,50</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save (Enter)</source>
        <translation>Сохранить (Enter)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Loan</source>
        <translation>Кредит</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Amount (₼)</source>
        <translation>Сумма (₼)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print receipt</source>
        <translation>Печать квитанции</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt</source>
        <translation>Квитанция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reversed</source>
        <translation>сторнировано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter or a double click prints that receipt again</source>
        <translation>Enter или двойной щелчок печатает эту квитанцию снова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No repayments recorded today yet — they appear here as you save them.</source>
        <translation>Сегодня погашений ещё нет — они появятся здесь по мере сохранения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print today&apos;s receipts…</source>
        <translation>Печать сегодняшних квитанций…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt number to print again, then Enter</source>
        <translation>Номер квитанции для повторной печати, затем Enter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Repayments</source>
        <translation>Погашения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only loan officers and supervisors record repayments.</source>
        <translation>Погашения вносят только кредитные специалисты и руководители.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded today on this laptop</source>
        <translation>Внесено сегодня на этом ноутбуке</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+167"/>
        <source>{n} (automatic)</source>
        <translation>{n} (автоматически)</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Today: {n} receipts, {total}</source>
        <translation>Сегодня: квитанций {n}, {total}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{n} matching loans</source>
        <translation>Подходящих кредитов: {n}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no active loan matches this</source>
        <translation>нет подходящего активного кредита</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Installment due now {due}</source>
        <translation>Взнос к оплате сейчас {due}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(on {d})</source>
        <translation>({d})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arrears {arrears}, {d} days late — not added</source>
        <translation>просрочено {arrears}, {d} дн. просрочки — не добавлено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>total owed {total}</source>
        <translation>всего долг {total}</translation>
    </message>
    <message>
        <source>Due now {due} · total owed {total}</source>
        <translation type="vanished">К оплате сейчас {due} · всего долг {total}</translation>
    </message>
    <message>
        <source>{d} days late</source>
        <translation type="vanished">просрочка {d} дн.</translation>
    </message>
    <message>
        <source>next installment {d}</source>
        <translation type="vanished">следующий платёж {d}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose a loan first</source>
        <translation>сначала выберите кредит</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{amount} is more than the installment due now ({due}).</source>
        <translation>{amount} больше взноса к оплате сейчас ({due}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is dated {date}, not today.</source>
        <translation>Дата платежа {date}, а не сегодня.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record this repayment?</source>
        <translation>Записать этот платёж?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record it?</source>
        <translation>Записать?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>penalty</source>
        <translation>штраф</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fee</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>проценты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>principal</source>
        <translation>основной долг</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt {r}: {amount} on {loan} — {split}. Principal still owed: {left}.</source>
        <translation>Квитанция {r}: {amount} по кредиту {loan} — {split}. Остаток основного долга: {left}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loan is repaid.</source>
        <translation>Кредит погашен.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved. Next loan?</source>
        <translation>Сохранено. Следующий кредит?</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../app/ui/screens/reports.py" line="+41"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export ledger workbook…</source>
        <translation>Экспорт книги учёта…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loan portfolio</source>
        <translation>Кредитный портфель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active loans</source>
        <translation>Активные кредиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding principal</source>
        <translation>Остаток основного долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAR1 (late more than 1 day)</source>
        <translation>PAR1 (просрочка более 1 дня)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAR30 (late more than 30 days)</source>
        <translation>PAR30 (просрочка более 30 дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PAR90 (late more than 90 days)</source>
        <translation>PAR90 (просрочка более 90 дней)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrears rate (overdue ÷ outstanding)</source>
        <translation>Доля просрочки (просрочено ÷ остаток)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment rate (collected ÷ due)</source>
        <translation>Уровень погашения (собрано ÷ к оплате)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courses started</source>
        <translation>Начатые курсы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People enrolled</source>
        <translation>Записано человек</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained (attended at least once)</source>
        <translation>Обучено (хотя бы одно посещение)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained: women / men</source>
        <translation>Обучено: женщины / мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained with a disability</source>
        <translation>Обучено (с инвалидностью)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершили</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed: women / men</source>
        <translation>Завершили: женщины / мужчины</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with a disability</source>
        <translation>Завершили (с инвалидностью)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>PAR counts the whole outstanding principal of loans with an installment late more than N days (CGAP). Figures are derived from every ledger entry as of the date chosen.</source>
        <translation>PAR учитывает весь остаток основного долга по кредитам с платежом, просроченным более чем на N дней (CGAP). Показатели рассчитаны по всем записям учёта на выбранную дату.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Calculating…</source>
        <translation>Расчёт…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{district} office, as of {date}</source>
        <translation>Офис: {district}, на {date}</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../app/ui/screens/officers.py" line="-155"/>
        <source>New password for {name}</source>
        <translation>Новый пароль для {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password (8 or more characters)</source>
        <translation>Новый пароль (не менее 8 символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
</context>
<context>
    <name>RubricDialog</name>
    <message>
        <location filename="../../app/ui/screens/organisation_box.py" line="+13"/>
        <source>Business plan rubric</source>
        <translation>Критерии оценки бизнес-плана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add criterion</source>
        <translation>Добавить критерий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove criterion</source>
        <translation>Удалить критерий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rubric that ships with Fieldbook.</source>
        <translation>Критерии, поставляемые с Fieldbook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {n}.</source>
        <translation>Версия {n}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each criterion is marked 0–5; the weights sum to 100. Saving makes a new version; scores already given keep the rubric they were given by.</source>
        <translation>Каждый критерий оценивается от 0 до 5; сумма весов — 100. Сохранение создаёт новую версию; уже выставленные оценки сохраняют свои критерии.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Sum of weights: {n} of 100</source>
        <translation>Сумма весов: {n} из 100</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <location filename="../../app/ui/schedule_preview.py" line="+41"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total interest {i}, total to repay {t}</source>
        <translation>Всего процентов {i}, всего к возврату {t}</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../app/ui/screens/plan_detail.py" line="+40"/>
        <source>Score the business plan</source>
        <translation>Оценить бизнес-план</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{criterion} (weight {w})</source>
        <translation>{criterion} (вес {w})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is strong, what is weak (optional)</source>
        <translation>Сильные и слабые стороны (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score = Σ weight × mark ÷ {max}, out of 100 (the weights sum to 100).</source>
        <translation>Оценка = Σ вес × балл ÷ {max}, из 100 (сумма весов — 100).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the score</source>
        <translation>Сохранить оценку</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <location filename="../../app/ui/screens/server_box.py" line="+43"/>
        <source>Sync server</source>
        <translation>Сервер синхронизации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>one-time code from head office</source>
        <translation>одноразовый код от головного офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect this laptop</source>
        <translation>Подключить этот ноутбук</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connected to {url}. Sync runs every few minutes; F5 syncs now.</source>
        <translation>Подключено к {url}. Синхронизация идёт каждые несколько минут; F5 — синхронизировать сейчас.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected: everything stays on this laptop. To send records to head office, enter the server address and the one-time code they give you.</source>
        <translation>Не подключено: всё остаётся на этом ноутбуке. Чтобы отправлять записи в головной офис, введите адрес сервера и одноразовый код, который вам дали.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the server address and the code.</source>
        <translation>Введите адрес сервера и код.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Connecting to the server…</source>
        <translation>Подключение к серверу…</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/settings.py" line="+37"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District office</source>
        <translation>Районный офис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This laptop</source>
        <translation>Этот ноутбук</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This office</source>
        <translation>Этот офис</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="vanished">Создать копию сейчас…</translation>
    </message>
    <message>
        <source>Copy the database to a USB stick or another folder. Work can go on meanwhile.</source>
        <translation type="vanished">Скопируйте базу данных на флешку или в другую папку. Работу можно продолжать.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="vanished">Резервная копия</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy to a file…</source>
        <translation>Копировать в файл…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restart Fieldbook to switch the language</source>
        <translation>Перезапустите Fieldbook, чтобы сменить язык</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up to</source>
        <translation>Куда сохранить копию</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fieldbook backup (*.sqlite)</source>
        <translation>Резервная копия Fieldbook (*.sqlite)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to {path} at {time}.</source>
        <translation>Копия сохранена в {path} в {time}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup failed.</source>
        <translation>Не удалось создать копию.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../app/ui/login.py" line="-279"/>
        <source>Set up Fieldbook</source>
        <translation>Настройка Fieldbook</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome. This laptop keeps its own records and works without internet. Choose the district office it serves and create the administrator&apos;s login.</source>
        <translation>Добро пожаловать. Этот ноутбук хранит свои записи и работает без интернета. Выберите районный офис, который он обслуживает, и создайте вход для администратора.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each laptop of the office has its own number</source>
        <translation>У каждого ноутбука офиса свой номер</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Encrypt the records on this laptop (recommended: a lost laptop shows nothing)</source>
        <translation>Шифровать записи (рекомендуется: на потерянном ноутбуке их не прочесть)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>District office</source>
        <translation>Районный офис</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laptop number</source>
        <translation>Номер ноутбука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator&apos;s full name</source>
        <translation>ФИО администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (8 or more characters)</source>
        <translation>Пароль (не менее 8 символов)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password again</source>
        <translation>Пароль ещё раз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create office</source>
        <translation>Создать офис</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise with a demo office</source>
        <translation>Потренироваться на демо-офисе</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens a separate demo database; real records are not touched</source>
        <translation>Открывает отдельную демо-базу; настоящие записи не затрагиваются</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Join through a sync server…</source>
        <translation>Подключиться через сервер синхронизации…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a laptop of an office that already syncs: its officers and records come down</source>
        <translation>Для ноутбука офиса, который уже синхронизируется: сотрудники и записи загружаются с сервера</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Connected. The district has no officer yet: create its administrator.</source>
        <translation>Подключено. В районе ещё нет сотрудников: создайте администратора.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected, but the district&apos;s records have not all arrived yet: choose Join again to go on.</source>
        <translation>Подключено, но записи района ещё не все загружены: чтобы продолжить, снова выберите «Подключиться через сервер синхронизации».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a password has at least 8 characters</source>
        <translation>пароль должен быть не короче 8 символов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the administrator&apos;s name</source>
        <translation>введите имя администратора</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../app/ui/sync_status.py" line="+50"/>
        <source>Syncing {done} of {total}…</source>
        <translation>Синхронизация: {done} из {total}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — changes are kept on this laptop</source>
        <translation>Офлайн — изменения хранятся на этом ноутбуке</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline (will retry)</source>
        <translation>Офлайн (повторим позже)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced at {time}</source>
        <translation>Синхронизировано в {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} to send</source>
        <translation>к отправке: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} conflicts to review</source>
        <translation>конфликтов к проверке: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} need attention</source>
        <translation>требуют внимания: {n}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sync: {reason}</source>
        <translation>Синхронизация: {reason}</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <location filename="../../app/ui/screens/trainings.py" line="+38"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No trainings yet — create one with New course (Ctrl+N).</source>
        <translation>Тренингов пока нет — создайте кнопкой «Новый курс» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a course on the left to see its attendance register.</source>
        <translation>Выберите курс слева, чтобы увидеть журнал посещаемости.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enrol: type a name or case number, Enter</source>
        <translation>Запись: имя или номер дела, затем Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New course (Ctrl+N)</source>
        <translation>Новый курс (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificate for the selected person (PDF)…</source>
        <translation>Сертификат для выбранного человека (PDF)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates for all who completed (PDF)…</source>
        <translation>Сертификаты всем, кто завершил (PDF)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in sheet (PDF)…</source>
        <translation>Лист посещаемости (PDF)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainers and supervisors mark attendance.</source>
        <translation>Посещаемость отмечают тренеры и руководители.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>All present:</source>
        <translation>Все присутствовали:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day {n}</source>
        <translation>День {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session is still to come</source>
        <translation>Это занятие ещё впереди</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody enrolled yet — type a name below to enrol people.</source>
        <translation>Пока никто не записан — введите имя ниже, чтобы записать.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{done} of {n} completed (at least {k} of {s} sessions)</source>
        <translation>Завершили {done} из {n} (не менее {k} из {s} занятий)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a person in the register first.</source>
        <translation>Сначала выберите человека в журнале.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has not completed the course yet.</source>
        <translation>{name} ещё не завершил(а) курс.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nobody has completed this course yet.</source>
        <translation>Этот курс ещё никто не завершил.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark everyone enrolled ({n}) present on day {day}, {date}?</source>
        <translation>Отметить всех записанных ({n}) присутствующими в день {day}, {date}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All present</source>
        <translation>Все присутствуют</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo: {n} marked present on day {day}</source>
        <translation>Отменить: {n} отмечены присутствующими в день {day}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>nobody matches; type part of the name or the case number</source>
        <translation>никто не найден; введите часть имени или номер дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} people match; type more of the name or the case number</source>
        <translation>Подходят {n} чел.; введите имя или номер дела полнее</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../app/ui/app.py" line="-53"/>
        <source>Building the demo office…</source>
        <translation>Создание демо-офиса…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Fieldbook cannot open this file</source>
        <translation>Fieldbook не может открыть этот файл</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <location filename="../../app/ui/common.py" line="+14"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The work did not finish: {error}</source>
        <translation>Работа не завершена: {error}</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../app/ui/document_messages.py" line="+18"/>
        <source>Rounding: half-up to the qəpik (a tie .005 goes up, as Excel&apos;s ROUND).</source>
        <translation>Округление: до гяпика, половина вверх (.005 округляется вверх, как ROUND в Excel).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounding: half-even to the qəpik (a tie .005 goes to the even qəpik, as Fineract; Excel&apos;s ROUND differs only on exact ties).</source>
        <translation>Округление: до гяпика, к чётному (.005 округляется к чётному гяпику, как в Fineract; ROUND в Excel отличается только на точных половинах).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat interest, {freq}. r = {rate}% / {periods}; P = {principal}; n = {n}.</source>
        <translation>Фиксированные проценты, {freq}. r = {rate}% / {periods}; P = {principal}; n = {n}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest every installment = ROUND(P × r, 2) = {fixed} (total {fixed} × n).</source>
        <translation>Проценты каждого платежа = ROUND(P × r, 2) = {fixed} (всего {fixed} × n).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal part = {how} = {part}.</source>
        <translation>Часть основного долга = {how} = {part}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining balance, equal principal, {freq}. r = {rate}% / {periods}; P = {principal}.</source>
        <translation>Убывающий остаток, равные доли основного долга, {freq}. r = {rate}% / {periods}; P = {principal}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal part = {how} = {part}; interest = ROUND(balance × r, 2).</source>
        <translation>Часть основного долга = {how} = {part}; проценты = ROUND(остаток × r, 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declining balance, equal installments, {freq}. r = {rate}% / {periods}; P = {principal}.</source>
        <translation>Убывающий остаток, равные платежи, {freq}. r = {rate}% / {periods}; P = {principal}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A = P × r / (1 − (1 + r)^−{m}), in Excel PMT(r, {m}, −P).</source>
        <translation>A = P × r / (1 − (1 + r)^−{m}), в Excel PMT(r, {m}, −P).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment = {how} = {level}; interest = ROUND(balance × r, 2); principal = installment − interest.</source>
        <translation>Платёж = {how} = {level}; проценты = ROUND(остаток × r, 2); основной долг = платёж − проценты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments 1–{grace}: grace, interest only (ROUND(P × r, 2)).</source>
        <translation>Платежи 1–{grace}: льготный период, только проценты (ROUND(P × r, 2)).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last installment repays the remaining balance.</source>
        <translation>Последний платёж погашает весь оставшийся долг.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Training dates: {first} – {last}</source>
        <translation>Даты обучения: {first} – {last}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue: {venue}</source>
        <translation>Место проведения: {venue}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CERTIFICATE</source>
        <translation>СЕРТИФИКАТ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This certifies that</source>
        <translation>Настоящий сертификат подтверждает, что</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has successfully completed the training «{course}».</source>
        <translation>успешно завершил(а) обучение по курсу «{course}».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended: {attended} of {days} days</source>
        <translation>Посещение: {attended} из {days} дн.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Trainer: {name}</source>
        <translation>Тренер: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Head of the {district} district office</source>
        <translation>Руководитель офиса района {district}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate No. {number} · {office}</source>
        <translation>Сертификат № {number} · {office}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Certificate {code}</source>
        <translation>Сертификат {code}</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Certificates: {course}</source>
        <translation>Сертификаты: {course}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day {n}, {date}</source>
        <translation>День {n}, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody enrolled yet</source>
        <translation>Пока никто не записан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance sign-in sheet</source>
        <translation>Лист посещаемости</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes, {date}</source>
        <translation>да, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case summary</source>
        <translation>Сводка по личному делу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential: personal data. For official use only.</source>
        <translation>Конфиденциально: персональные данные. Только для служебного пользования.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname, name, patronymic</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{date} (age {age})</source>
        <translation>{date} (возраст: {age})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District, village</source>
        <translation>Район, село</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disability</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID document</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case status</source>
        <translation>Статус дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>Тренинги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business plans and grants</source>
        <translation>Бизнес-планы и гранты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant: {items}</source>
        <translation>Грант: {items}</translation>
    </message>
    <message>
        <source>given</source>
        <translation type="vanished">выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan / grant</source>
        <translation>План / грант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score / value</source>
        <translation>Балл / стоимость</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loans</source>
        <translation>Кредиты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}, {days} days overdue</source>
        <translation>{status}, просрочка {days} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan No.</source>
        <translation>№ кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case file {code}</source>
        <translation>Личное дело {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential · {printed}</source>
        <translation>Конфиденциально · {printed}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Item</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial numbers</source>
        <translation>Серийные номера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of one</source>
        <translation>Стоимость единицы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Village</source>
        <translation>Село</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>all officers</source>
        <translation>все сотрудники</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To collect</source>
        <translation>К сбору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection sheet: {officer}, {date}</source>
        <translation>Лист сбора: {officer}, {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} loans · to collect {total}</source>
        <translation>кредитов: {n} · к сбору {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash received by: {name}</source>
        <translation>Наличные принял: {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Business plan</source>
        <translation>Бизнес-план</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The goods above were handed over in working order and received in full. They are given for the business in the plan and may not be sold or pledged for two years.</source>
        <translation>Перечисленные предметы переданы в исправном состоянии и получены полностью. Они выданы для дела, описанного в плане, и не могут быть проданы или заложены в течение двух лет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover act of an in-kind grant</source>
        <translation>Акт приёма-передачи натурального гранта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over by: {name}</source>
        <translation>Передал: {name}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total still owed</source>
        <translation>Всего осталось долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next installment</source>
        <translation>Следующий взнос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} on {date}</source>
        <translation>{amount}, {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repayment receipts</source>
        <translation>Квитанции об оплате</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine survivor</source>
        <translation>пострадавший от мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family member</source>
        <translation>член семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internally displaced person</source>
        <translation>вынужденный переселенец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returning migrant</source>
        <translation>вернувшийся мигрант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other vulnerable group</source>
        <translation>другая уязвимая группа</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loan officer</source>
        <translation>кредитный специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>предложен</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>sent back</source>
        <translation>возвращён на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored</source>
        <translation>оценён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resubmitted</source>
        <translation>подан повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own contribution</source>
        <translation>собственный вклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-kind grant</source>
        <translation>грант в натуральной форме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>подготовлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over</source>
        <translation>передан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market: customers and competition known</source>
        <translation>Рынок: известны покупатели и конкуренты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and experience for this business</source>
        <translation>Навыки и опыт для этого дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viability: prices, costs and cash flow</source>
        <translation>Жизнеспособность: цены, расходы и денежный поток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realistic budget and own contribution</source>
        <translation>Реалистичный бюджет и собственный вклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs and benefit for the family</source>
        <translation>Рабочие места и польза для семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already has a loan</source>
        <translation>уже есть кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has not completed a training</source>
        <translation>не завершил обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no approved business plan</source>
        <translation>нет одобренного бизнес-плана</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal installments</source>
        <translation>равные платежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal principal</source>
        <translation>равные доли основного долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>проценты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal</source>
        <translation>основной долг</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaid</source>
        <translation>погашен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disbursement</source>
        <translation>выдача кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repayment</source>
        <translation>погашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty</source>
        <translation>пеня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>сторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly paid</source>
        <translation>оплачен частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining balance</source>
        <translation>на уменьшающийся остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat interest</source>
        <translation>фиксированный процент</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>submitted</source>
        <translation>подан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Printed {when} · {who}</source>
        <translation>Напечатано {when} · {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{district} district office</source>
        <translation>Офис района {district}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repayment receipt</source>
        <translation>Квитанция об оплате</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount paid</source>
        <translation>Уплаченная сумма</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loan officer</source>
        <translation>Кредитный специалист</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Beneficiary</source>
        <translation>Бенефициар</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Split of the amount</source>
        <translation>Распределение суммы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penalty</source>
        <translation>Пеня</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee</source>
        <translation>Комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Основной долг</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Principal still owed after this payment</source>
        <translation>Остаток основного долга после платежа</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REVERSED: this payment was cancelled on {date} ({reason}).</source>
        <translation>СТОРНО: этот платёж отменён {date} ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by: {name}</source>
        <translation>Плательщик: {name}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Received by: {name}</source>
        <translation>Принял: {name}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Repayment receipt {number}</source>
        <translation>Квитанция об оплате {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beneficiary&apos;s copy</source>
        <translation>Экземпляр бенефициара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office copy</source>
        <translation>Экземпляр офиса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan repayment schedule</source>
        <translation>График погашения кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual rate</source>
        <translation>Годовая ставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} installments ({frequency})</source>
        <translation>платежей: {count} ({frequency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disbursed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not disbursed yet</source>
        <translation>ещё не выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status on {date}</source>
        <translation>Состояние на {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal outstanding</source>
        <translation>Остаток основного долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to close the loan</source>
        <translation>Всего к погашению</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Arrears</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{days} days</source>
        <translation>{days} дн.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the figures are computed</source>
        <translation>Порядок расчёта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beneficiary: {name}</source>
        <translation>Бенефициар: {name}</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Loan officer: {name}</source>
        <translation>Кредитный специалист: {name}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Repayment schedule {number}</source>
        <translation>График погашения {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>half up (as Excel&apos;s ROUND)</source>
        <translation>половина вверх (как ROUND в Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>banker&apos;s rounding</source>
        <translation>банковское</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest of each installment = original amount × annual rate ÷ {per}</source>
        <translation>проценты каждого платежа = исходная сумма × годовая ставка ÷ {per}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest of each installment = principal outstanding × annual rate ÷ {per}</source>
        <translation>проценты каждого платежа = остаток основного долга × годовая ставка ÷ {per}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{interest}; every amount is rounded to the qəpik ({mode}); the last installment settles the remaining principal. The rule below is the program&apos;s own computation text.</source>
        <translation>{interest}; каждая сумма округляется до гяпика ({mode}); последний платёж полностью погашает оставшийся основной долг. Правило ниже — расчётный текст самой программы.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/error_messages.py" line="+20"/>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this login does not open this laptop yet: ask a colleague who already works on this laptop to unlock it with you, or enter a one-time code from the administrator</source>
        <translation>этот логин пока не открывает этот ноутбук: попросите коллегу, который уже работает на нём, открыть его вместе с вами, или введите одноразовый код от администратора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong login or password of the colleague</source>
        <translation>неверный логин или пароль коллеги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the colleague who unlocks is another officer</source>
        <translation>открывать вместе с вами должен другой сотрудник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no one-time code was made for this login on this laptop</source>
        <translation>для этого логина на этом ноутбуке не создан одноразовый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong one-time code</source>
        <translation>неверный одноразовый код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this one-time code has already been used: ask the administrator for a new one</source>
        <translation>этот одноразовый код уже использован: попросите у администратора новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this one-time code has expired: ask the administrator for a new one</source>
        <translation>срок этого одноразового кода истёк: попросите у администратора новый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no key file beside {name}</source>
        <translation>рядом с {name} нет файла ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file {name} is damaged</source>
        <translation>файл ключей {name} повреждён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the key file {name} is not one Fieldbook reads</source>
        <translation>файл ключей {name} не читается Fieldbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a login name</source>
        <translation>введите логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database already has a key file</source>
        <translation>у этой базы уже есть файл ключей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is not encrypted</source>
        <translation>эта база данных не зашифрована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no active officer with this login</source>
        <translation>нет активного сотрудника с этим логином</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the last officer&apos;s key cannot be removed</source>
        <translation>ключ последнего сотрудника удалить нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is already encrypted</source>
        <translation>эта база уже зашифрована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown district {name!r}; valid districts: {valid}</source>
        <translation>неизвестный район {name!r}; допустимые районы: {valid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days in arrears cannot be negative</source>
        <translation>число дней просрочки не может быть отрицательным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a loan state is as of {state_as_of}, not {as_of}: replay every loan as of one date</source>
        <translation>состояние кредита рассчитано на {state_as_of}, а не на {as_of}: пересчитайте все кредиты на одну дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the allocation order lists penalty, fee, interest and principal once each</source>
        <translation>в порядке распределения штраф, комиссия, проценты и основной долг указываются по одному разу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown entry kind {kind!r}</source>
        <translation>неизвестный вид записи: {kind!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entry amount cannot be negative</source>
        <translation>сумма записи не может быть отрицательной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount must be zero or more</source>
        <translation>сумма должна быть не меньше нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principal must be an amount above zero</source>
        <translation>основной долг должен быть больше нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principal is below {max_principal} manat</source>
        <translation>основной долг должен быть меньше {max_principal} манатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principal has at most two decimals (qəpik)</source>
        <translation>в основном долге не больше двух знаков после запятой (гяпики)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annual rate must be a percentage &gt;= 0</source>
        <translation>годовая ставка должна быть не меньше 0 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the term must be at least one installment</source>
        <translation>срок должен быть не меньше одного платежа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the term is at most {max_term} installments</source>
        <translation>срок не больше {max_term} платежей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grace must be from 0 to the term minus one</source>
        <translation>льготный период должен быть от 0 до срока минус один</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the method is declining or flat</source>
        <translation>метод: на остаток или фиксированный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amortization is equal-installments or equal-principal</source>
        <translation>амортизация: равными платежами или равными долями основного долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the frequency is monthly or weekly</source>
        <translation>периодичность: ежемесячно или еженедельно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the multiple must be an amount above zero</source>
        <translation>кратность должна быть суммой больше нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the multiple has at most two decimals</source>
        <translation>в кратности не больше двух знаков после запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start must be a date</source>
        <translation>начало должно быть датой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a multiple of {multiple} manat is too coarse for this loan: choose a smaller one</source>
        <translation>кратность {multiple} слишком крупная для этого кредита: выберите меньше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown rounding mode {name!r}; use half-up or half-even</source>
        <translation>неизвестный способ округления {name!r}; используйте half-up или half-even</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} has more than two decimals</source>
        <translation>в сумме {amount} больше двух знаков после запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter an amount</source>
        <translation>введите сумму</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is not an amount</source>
        <translation>{text!r} — это не сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount cannot be negative</source>
        <translation>сумма не может быть отрицательной</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount must be more than zero</source>
        <translation>сумма должна быть больше нуля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the amount is too large</source>
        <translation>сумма слишком велика</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an amount has at most two decimals (qəpik)</source>
        <translation>в сумме не больше двух знаков после запятой (гяпики)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such case file</source>
        <translation>такого личного дела нет</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no such course</source>
        <translation>такого курса нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{code} is not enrolled in this course</source>
        <translation>{code} не записан(а) на этот курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} attended {attended} of {days} days; the course needs {needed} to complete</source>
        <translation>{code}: посещено {attended} из {days} дней; для завершения курса нужно {needed}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no case file with code {code!r}</source>
        <translation>нет личного дела с кодом {code!r}</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>no course with id or title {text!r}</source>
        <translation>нет курса с идентификатором или названием {text!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} courses are called {text!r}; give the course id</source>
        <translation>курсов с названием {text!r}: {count}; укажите идентификатор курса</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot read {name} as an Excel workbook ({reason})</source>
        <translation>не удаётся прочитать {name} как книгу Excel ({reason})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problems} problem(s) in {rows} row(s), nothing imported; first: row {row}, {column}: {reason}</source>
        <translation>проблем: {problems}, строк с проблемами: {rows}; ничего не импортировано; первая: строка {row}, {column}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{duplicates} row(s) are likely duplicates, nothing imported; first: row {row} ({name}); check them or allow duplicates</source>
        <translation>строк, похожих на дубликаты: {duplicates}; ничего не импортировано; первая: строка {row} ({name}); проверьте их или разрешите дубликаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no paper in the language {language!r}; use az, ru or en</source>
        <translation>документы на языке {language!r} не печатаются; используйте az, ru или en</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>no receipt numbered {receipt_no!r}</source>
        <translation>нет квитанции с номером {receipt_no!r}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no such loan</source>
        <translation>такого кредита нет</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nobody has completed this course yet</source>
        <translation>этот курс ещё никто не завершил</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>no such grant</source>
        <translation>такого гранта нет</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>no in-kind grant for this person</source>
        <translation>у этого человека нет натурального гранта</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>no receipts to print</source>
        <translation>нет квитанций для печати</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep at least one backup</source>
        <translation>храните хотя бы одну резервную копию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This laptop has never been backed up. Connect the backup stick and choose Settings → Back up now.</source>
        <translation>С этого ноутбука ещё ни разу не делали резервную копию. Подключите флешку для копий и выберите Настройки → Создать копию сейчас.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last backup is {days} days old (taken {taken}). If this laptop is lost or breaks, the records since then are lost: connect the backup stick and choose Settings → Back up now.</source>
        <translation>Последней резервной копии {days} дн. (сделана {taken}). Если ноутбук потеряется или сломается, записи с того дня пропадут: подключите флешку для копий и выберите Настройки → Создать копию сейчас.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup could not be written to {folder} ({reason}). Is the backup stick connected?</source>
        <translation>Не удалось записать резервную копию в {folder} ({reason}). Подключена ли флешка для копий?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The daily backup was not taken: {reason}</source>
        <translation>Ежедневная резервная копия не создана: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no file at {path}.</source>
        <translation>Файла {path} нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is empty: it is not a Fieldbook backup.</source>
        <translation>{name} пуст: это не резервная копия Fieldbook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Fieldbook backup, or it is encrypted and needs this office&apos;s key (log in first).</source>
        <translation>{name} — не резервная копия Fieldbook, или она зашифрована и нужен ключ этого офиса (сначала войдите).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Fieldbook backup, or it is encrypted with another key.</source>
        <translation>{name} — не резервная копия Fieldbook, или она зашифрована другим ключом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} cannot be opened: {reason}.</source>
        <translation>{name} не открывается: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged and cannot be restored ({reason}).</source>
        <translation>{name} повреждён, восстановить из него нельзя ({reason}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not a Fieldbook database (it has no {tables} table).</source>
        <translation>{name} — не база Fieldbook (в ней нет таблицы {tables}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} was made by a newer version of Fieldbook (schema {revision}); update Fieldbook on this laptop first.</source>
        <translation>{name} создан более новой версией Fieldbook (схема {revision}); сначала обновите Fieldbook на этом ноутбуке.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} belongs to no office (it was never set up).</source>
        <translation>{name} не принадлежит ни одному офису (его так и не настроили).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup cannot be restored</source>
        <translation>восстановить из этой копии нельзя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this backup is of laptop {backup_laptop}, and this laptop is {this_laptop}; restore it only to replace that laptop</source>
        <translation>это копия ноутбука {backup_laptop}, а этот ноутбук — {this_laptop}; восстанавливайте её только взамен того ноутбука</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likely duplicate of {codes} (same name and birth date)</source>
        <translation>возможный дубликат {codes} (те же имя и дата рождения)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>age {age} is outside {min_age}–{max_age}; check the birth date</source>
        <translation>возраст {age} вне диапазона {min_age}–{max_age}; проверьте дату рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown field {name}</source>
        <translation>неизвестное поле: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the current or the other value</source>
        <translation>оставьте текущее или другое значение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such conflict</source>
        <translation>такого конфликта нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this conflict is already resolved</source>
        <translation>этот конфликт уже разрешён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a money review is closed, not reversed here</source>
        <translation>денежная проверка здесь закрывается, а не сторнируется</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record of this conflict is not on this laptop</source>
        <translation>записи этого конфликта нет на этом ноутбуке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {role} may not do this ({action})</source>
        <translation>роль «{role}» не даёт права на это ({action})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate!r} is not a rate</source>
        <translation>{rate!r} — это не ставка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the annual rate is between 0 and 200 %</source>
        <translation>годовая ставка — от 0 до 200 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rate has at most two decimals</source>
        <translation>в ставке не больше двух знаков после запятой</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name each of penalty, fee, interest, principal once</source>
        <translation>укажите штраф, комиссию, проценты и основной долг по одному разу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the minimum is above the maximum</source>
        <translation>минимум больше максимума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms run from 1 up to the maximum</source>
        <translation>срок — от 1 до максимума</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the grace period must be shorter than the shortest term</source>
        <translation>льготный период должен быть короче самого короткого срока</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>no such loan product</source>
        <translation>такого кредитного продукта нет</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{product} lends {min_principal}–{max_principal} AZN</source>
        <translation>{product}: сумма кредита {min_principal}–{max_principal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{product} runs {min_term}–{max_term} installments</source>
        <translation>{product}: срок {min_term}–{max_term} платежей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no such active loan product</source>
        <translation>такого действующего кредитного продукта нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan {number} is {loan_status}</source>
        <translation>кредит {number}: {loan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no loan numbered {number!r}</source>
        <translation>нет кредита с номером {number!r}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loan {number} is {loan_status}, not approved</source>
        <translation>кредит {number} не одобрен: {loan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disbursement before the loan was created</source>
        <translation>выдача раньше создания кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the payment date is before the disbursement ({disbursed_on})</source>
        <translation>дата платежа раньше выдачи ({disbursed_on})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt {receipt_no} is already used</source>
        <translation>квитанция {receipt_no} уже использована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than is owed: the loan&apos;s whole balance is {owed} AZN</source>
        <translation>больше долга: весь остаток по кредиту {owed}</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>no such ledger entry</source>
        <translation>такой записи нет</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>a reversal cannot itself be reversed; record the entry again</source>
        <translation>сторно нельзя сторнировать; внесите запись заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this entry is already reversed</source>
        <translation>эта запись уже сторнирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverse the loan&apos;s repayments before its disbursement</source>
        <translation>сначала сторнируйте погашения, затем выдачу кредита</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the write-off is dated before the disbursement</source>
        <translation>дата списания раньше выдачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the write-off is dated before the last repayment ({last_paid})</source>
        <translation>дата списания раньше последнего погашения ({last_paid})</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>this database has no office yet: run `fieldbook demo` or set it up</source>
        <translation>у этой базы ещё нет офиса: запустите `fieldbook demo` или настройте её</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this product is retired; add a new one instead</source>
        <translation>этот продукт выведен из обращения; добавьте новый</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write why the loan is proposed anyway: {warnings}</source>
        <translation>напишите, почему кредит всё же предлагается: {warnings}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a loan is approved by a supervisor other than the officer who proposed it</source>
        <translation>кредит одобряет супервайзер, а не сотрудник, предложивший его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan {number} is {loan_status}, not proposed</source>
        <translation>кредит {number}: {loan_status}, а не предложен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan {number} is already {decision}</source>
        <translation>по кредиту {number} уже есть решение: {decision}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an officer reverses only a repayment they recorded today; ask a supervisor</source>
        <translation>сотрудник сторнирует только платёж, который сам записал сегодня; обратитесь к руководителю</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a charge is more than zero</source>
        <translation>начисление должно быть больше нуля</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a promise to pay is for a day still to come</source>
        <translation>обещание заплатить — на будущий день</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose the loans to reassign</source>
        <translation>выберите кредиты для передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such active officer</source>
        <translation>такого активного сотрудника нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loans go to a loan officer or a supervisor</source>
        <translation>кредиты передаются кредитному специалисту или руководителю</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a district code is three letters, like XAC</source>
        <translation>код района — три буквы, например XAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the device number starts at 1</source>
        <translation>номер устройства начинается с 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database already belongs to {district}</source>
        <translation>эта база уже принадлежит району {district}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter the officer&apos;s full name</source>
        <translation>введите полное имя сотрудника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role must be one of {roles}</source>
        <translation>роль должна быть одной из: {roles}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a password has at least 8 characters</source>
        <translation>пароль должен быть не короче 8 символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log in as an administrator to add officers</source>
        <translation>чтобы добавлять сотрудников, войдите как администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first officer is the administrator</source>
        <translation>первый сотрудник — администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the login {login!r} is taken</source>
        <translation>логин {login!r} уже занят</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no officer with login {login!r}</source>
        <translation>нет сотрудника с логином {login!r}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cannot deactivate your own login</source>
        <translation>нельзя отключить собственный логин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the office&apos;s last administrator stays active</source>
        <translation>последний администратор офиса остаётся активным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no active officer with login {login!r}</source>
        <translation>нет действующего сотрудника с логином {login!r}</translation>
    </message>
    <message>
        <source>a score is between 0 and 100</source>
        <translation type="vanished">балл — от 0 до 100</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>no such business plan</source>
        <translation>такого бизнес-плана нет</translation>
    </message>
    <message>
        <source>line {n}: the quantity is a whole number from 1</source>
        <translation type="vanished">строка {n}: количество — целое число от 1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>a plan has at least one budget line</source>
        <translation>в плане должна быть хотя бы одна строка бюджета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the budget is too long to keep: shorten the items</source>
        <translation>бюджет слишком длинный: сократите названия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this plan was already {plan_status}</source>
        <translation>этот план уже рассмотрен: {plan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a scored plan is changed only after it is sent back</source>
        <translation>оценённый план меняют только после возврата на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the officer who wrote a plan revises it</source>
        <translation>план дорабатывает только сотрудник, который его написал</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is before the plan&apos;s last decision</source>
        <translation>дата раньше последнего решения по плану</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a submitted plan is scored; this one is {plan_status}</source>
        <translation>оценивают только поданный план; этот план: {plan_status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the officer who wrote a plan does not score it</source>
        <translation>сотрудник, написавший план, не оценивает его</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you have already scored this round of the plan</source>
        <translation>вы уже оценили этот круг плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this plan already has two scores</source>
        <translation>у этого плана уже две оценки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give a mark for each of the {n} criteria</source>
        <translation>поставьте балл по каждому из {n} критериев</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mark is a whole number from 0 to 5</source>
        <translation>балл — целое число от 0 до 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the score is dated before the submission</source>
        <translation>оценка датирована раньше подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rubric changed meanwhile: open the score again</source>
        <translation>критерии тем временем изменились: откройте оценку заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the officer who wrote a plan does not decide on it</source>
        <translation>сотрудник, написавший план, не принимает по нему решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score the plan by the rubric before approving it</source>
        <translation>прежде чем утвердить план, оцените его по критериям</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the decision is dated before the submission</source>
        <translation>дата решения раньше подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>criterion {n}: a weight is a whole number from 1 to 100</source>
        <translation>критерий {n}: вес — целое число от 1 до 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a rubric has at least one criterion</source>
        <translation>в шкале оценки должен быть хотя бы один критерий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two criteria have the same name</source>
        <translation>у двух критериев одинаковое название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the weights sum to {total}, not 100</source>
        <translation>сумма весов {total}, а не 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a grant has at least one item</source>
        <translation>в гранте должен быть хотя бы один предмет</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>quantity is a whole number ≥ 1</source>
        <translation>количество — целое число ≥ 1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no such business plan for this person</source>
        <translation>у этого человека нет такого бизнес-плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the business plan is not approved</source>
        <translation>бизнес-план не одобрен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this grant was already handed over</source>
        <translation>этот грант уже передан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a course has 1 to 30 sessions</source>
        <translation>в курсе от 1 до 30 занятий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completion needs between 1 and all sessions</source>
        <translation>для завершения нужно от 1 занятия до всех</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>session {n} is on {held_on}: attendance is marked on the day or after</source>
        <translation>занятие {n} проходит {held_on}: посещаемость отмечают в этот день или позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such training session</source>
        <translation>такого занятия нет</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>this person is not enrolled in the course</source>
        <translation>этот человек не записан на курс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this field is required</source>
        <translation>это поле обязательно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most {max_len} characters</source>
        <translation>не больше {max_len} символов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a date</source>
        <translation>введите дату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text!r} is not a date (use 2026-11-22 or 22.11.2026)</source>
        <translation>{text!r} — это не дата (пишите 2026-11-22 или 22.11.2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {options}</source>
        <translation>должно быть одним из: {options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the date is in the future</source>
        <translation>дата в будущем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this key does not open the database</source>
        <translation>этот ключ не открывает базу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync cancelled; it resumes where it stopped</source>
        <translation>синхронизация прервана; она продолжится с того же места</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a plan has at most {n} budget lines</source>
        <translation>в плане не больше {n} строк бюджета</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a grant has at most {n} items</source>
        <translation>в гранте не больше {n} предметов</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this plan&apos;s grant is already recorded</source>
        <translation>грант по этому плану уже записан</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server refused this device: {reason}</source>
        <translation>сервер отклонил это устройство: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused the sync: {reason}</source>
        <translation>сервер отклонил синхронизацию: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is not enrolled: run `fieldbook enroll`</source>
        <translation>ноутбук не подключён к серверу: Настройки → Сервер синхронизации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this device&apos;s token is missing: enroll it again</source>
        <translation>ключ доступа этого устройства утерян: подключите ноутбук к серверу заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offline: {reason}. Unsent changes are kept.</source>
        <translation>нет связи: {reason}. Неотправленные изменения сохранены.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this database is already enrolled</source>
        <translation>этот ноутбук уже подключён к серверу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot reach {url}: {reason}</source>
        <translation>не удаётся связаться с {url}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrollment refused: {reason}</source>
        <translation>подключение отклонено: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this code is for a head-office account, not a field laptop</source>
        <translation>этот код для учётной записи головного офиса, а не для полевого ноутбука</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Mine survivor</source>
        <translation type="vanished">Пострадавший от мин</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation type="vanished">Член семьи</translation>
    </message>
    <message>
        <source>Internally displaced</source>
        <translation type="vanished">Вынужденный переселенец</translation>
    </message>
    <message>
        <source>Returning migrant</source>
        <translation type="vanished">Вернувшийся мигрант</translation>
    </message>
    <message>
        <source>Other vulnerable</source>
        <translation type="vanished">Другие уязвимые</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="vanished">Женский</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="vanished">Мужской</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="vanished">Закрыто</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="vanished">Одобрен</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="vanished">Активен</translation>
    </message>
    <message>
        <source>Repaid</source>
        <translation type="vanished">Погашен</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="vanished">Списан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="vanished">Отменён</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="vanished">Оплачен</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="vanished">Оплачен частично</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">К оплате</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="vanished">Просрочен</translation>
    </message>
    <message>
        <source>Disbursement</source>
        <translation type="vanished">Выдача</translation>
    </message>
    <message>
        <source>Repayment</source>
        <translation type="vanished">Погашение</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="vanished">Комиссия</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation type="vanished">Штраф</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation type="vanished">Списание</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="vanished">Сторно</translation>
    </message>
    <message>
        <source>Loan officer</source>
        <translation type="vanished">Кредитный специалист</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="vanished">Тренер</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="vanished">Руководитель</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="vanished">Администратор</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="vanished">Подан</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="vanished">Отклонён</translation>
    </message>
    <message>
        <location filename="../../app/ui/label_messages.py" line="+15"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine survivor</source>
        <translation>пострадавший от мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>family member</source>
        <translation>член семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internally displaced person</source>
        <translation>вынужденный переселенец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returning migrant</source>
        <translation>вернувшийся мигрант</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other vulnerable group</source>
        <translation>другая уязвимая группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan officer</source>
        <translation>кредитный специалист</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainer</source>
        <translation>тренер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <translation>предложен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>одобрен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repaid</source>
        <translation>погашен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disbursement</source>
        <translation>выдача кредита</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repayment</source>
        <translation>погашение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fee</source>
        <translation>комиссия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penalty</source>
        <translation>штраф</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write-off</source>
        <translation>списание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reversal</source>
        <translation>сторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid</source>
        <translation>оплачен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partly paid</source>
        <translation>оплачен частично</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>ожидается</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>подан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent back</source>
        <translation>возвращён на доработку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scored</source>
        <translation>оценён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resubmitted</source>
        <translation>подан повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own contribution</source>
        <translation>собственный вклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in-kind grant</source>
        <translation>грант в натуральной форме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loan</source>
        <translation>кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prepared</source>
        <translation>подготовлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over</source>
        <translation>передан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market: customers and competition known</source>
        <translation>Рынок: известны покупатели и конкуренты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skills and experience for this business</source>
        <translation>Навыки и опыт для этого дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viability: prices, costs and cash flow</source>
        <translation>Жизнеспособность: цены, расходы и денежный поток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realistic budget and own contribution</source>
        <translation>Реалистичный бюджет и собственный вклад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs and benefit for the family</source>
        <translation>Рабочие места и польза для семьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already has a loan</source>
        <translation>уже есть кредит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has not completed a training</source>
        <translation>не завершил обучение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no approved business plan</source>
        <translation>нет одобренного бизнес-плана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>ежемесячно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>еженедельно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declining balance</source>
        <translation>на уменьшающийся остаток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flat interest</source>
        <translation>фиксированный процент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal installments</source>
        <translation>равные платежи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>equal principal</source>
        <translation>равные доли основного долга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest</source>
        <translation>проценты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal</source>
        <translation>основной долг</translation>
    </message>
</context>
<context>
    <name>outputs</name>
    <message>
        <location filename="../../app/ui/outputs.py" line="+29"/>
        <source>{what} saved to {path}</source>
        <translation>{what} сохранено: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export ledger</source>
        <translation>Экспорт книги учёта</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Leave out names and ID numbers (pseudonymised, for sharing outside the office)?</source>
        <translation>Убрать имена и номера документов (псевдонимизация, для передачи за пределы офиса)?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ledger workbook</source>
        <translation>Книга учёта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting the ledger workbook…</source>
        <translation>Экспорт книги учёта…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export cancelled; no file written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Не сохранено</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="vanished">Что-то пошло не так</translation>
    </message>
    <message>
        <source>The work did not finish: {error}</source>
        <translation type="vanished">Работа не завершена: {error}</translation>
    </message>
    <message>
        <source>{what} saved to {path}</source>
        <translation type="vanished">{what} сохранено: {path}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="vanished">Сохранено: {path}</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation type="vanished">Экспорт книги учёта</translation>
    </message>
    <message>
        <source>Leave out names and ID numbers (pseudonymised, for sharing outside the office)?</source>
        <translation type="vanished">Убрать имена и номера документов (псевдонимизация, для передачи за пределы офиса)?</translation>
    </message>
    <message>
        <source>Ledger workbook</source>
        <translation type="vanished">Книга учёта</translation>
    </message>
    <message>
        <source>Exporting the ledger workbook…</source>
        <translation type="vanished">Экспорт книги учёта…</translation>
    </message>
    <message>
        <source>Export cancelled; no file written.</source>
        <translation type="vanished">Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation type="vanished">Сохранить PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Отмена</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>DEMO (practice)</source>
        <translation type="vanished">ДЕМО (тренировка)</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../app/ui/workers.py" line="+98"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
</TS>
