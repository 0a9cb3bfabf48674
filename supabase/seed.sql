-- Local / fresh-install seed: the product catalog with a real workflow per product, and the demo
-- accounts. Idempotent (ON CONFLICT everywhere): running it twice changes nothing.
-- The demo accounts section must never run on production (password123).

-- ---------------------------------------------------------------------------------------------
-- Steps (steps.position is the v1 global order; workflows have their own positions).
-- ---------------------------------------------------------------------------------------------
insert into public.steps (code, label, description, position)
values
  ('QUALIFICATION', 'Qualification', 'Initial qualification and information gathering', 0),
  ('DOCUMENT_COLLECTION', 'Document Collection', 'Collect all required documents', 1),
  ('NAME_RESERVATION', 'Name Reservation', 'Check and reserve the company name', 2),
  ('FORM_SUBMISSION', 'Form Submission', 'Submit formation documents', 3),
  ('PROCESSING', 'Processing', 'Processing with authorities', 4),
  ('EIN_APPLICATION', 'EIN Application', 'Obtain the federal Employer Identification Number', 5),
  ('TRADE_LICENSE', 'Trade License', 'Apply for the free-zone or mainland trade license', 6),
  ('VISA_PROCESSING', 'Visa Processing', 'Investor and employee visa applications', 7),
  ('BANK_ACCOUNT', 'Bank Account Opening', 'Open the corporate bank account', 8),
  ('COMPLIANCE_REVIEW', 'Compliance Review', 'Review of registered agent, annual report and filings due', 9),
  ('BOOKKEEPING', 'Bookkeeping', 'Reconcile the year''s transactions', 10),
  ('TAX_PREPARATION', 'Tax Preparation', 'Prepare the tax returns', 11),
  ('FILING', 'Filing', 'File the reports and returns with the authorities', 12),
  ('COMPLETION', 'Completion', 'Final steps and delivery', 13)
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Products (the migration already created the guide's three; this adds the others).
-- ---------------------------------------------------------------------------------------------
insert into public.products (code, name, description, dossier_type, price_amount, currency, initial_status)
values
  ('LLC_FORMATION', 'LLC Formation', 'Complete LLC formation service', 'LLC', 99900, 'USD', 'QUALIFICATION'),
  ('CORP_FORMATION', 'Corporation Formation', 'Complete corporation formation service', 'CORP', 149900, 'USD', 'QUALIFICATION'),
  ('DUBAI_SETUP', 'Dubai Business Setup', 'Complete Dubai business setup', 'DUBAI', 499900, 'USD', 'QUALIFICATION'),
  ('ANNUAL_COMPLIANCE', 'Annual Compliance', 'Registered agent, annual report and state filings', 'COMPLIANCE', 39900, 'USD', 'QUALIFICATION'),
  ('ANNUAL_ACCOUNTING', 'Annual Accounting', 'Bookkeeping and annual tax returns', 'ACCOUNTING', 199900, 'USD', 'QUALIFICATION')
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Workflows: an explicit ordered step list per product (B-25).
-- ---------------------------------------------------------------------------------------------
insert into public.product_steps (product_id, step_id, position, is_required, estimated_duration_hours)
select p.id, s.id, w.position, w.is_required, w.hours
from (
  values
    ('LLC_FORMATION', 'QUALIFICATION', 0, true, 24),
    ('LLC_FORMATION', 'DOCUMENT_COLLECTION', 1, true, 72),
    ('LLC_FORMATION', 'FORM_SUBMISSION', 2, true, 48),
    ('LLC_FORMATION', 'PROCESSING', 3, true, 120),
    ('LLC_FORMATION', 'COMPLETION', 4, true, 24),

    ('CORP_FORMATION', 'QUALIFICATION', 0, true, 24),
    ('CORP_FORMATION', 'DOCUMENT_COLLECTION', 1, true, 72),
    ('CORP_FORMATION', 'NAME_RESERVATION', 2, true, 24),
    ('CORP_FORMATION', 'FORM_SUBMISSION', 3, true, 48),
    ('CORP_FORMATION', 'PROCESSING', 4, true, 168),
    ('CORP_FORMATION', 'EIN_APPLICATION', 5, false, 96),
    ('CORP_FORMATION', 'COMPLETION', 6, true, 24),

    ('DUBAI_SETUP', 'QUALIFICATION', 0, true, 48),
    ('DUBAI_SETUP', 'DOCUMENT_COLLECTION', 1, true, 120),
    ('DUBAI_SETUP', 'NAME_RESERVATION', 2, true, 48),
    ('DUBAI_SETUP', 'TRADE_LICENSE', 3, true, 240),
    ('DUBAI_SETUP', 'VISA_PROCESSING', 4, true, 336),
    ('DUBAI_SETUP', 'BANK_ACCOUNT', 5, true, 240),
    ('DUBAI_SETUP', 'COMPLETION', 6, true, 24),

    ('ANNUAL_COMPLIANCE', 'QUALIFICATION', 0, true, 24),
    ('ANNUAL_COMPLIANCE', 'DOCUMENT_COLLECTION', 1, true, 72),
    ('ANNUAL_COMPLIANCE', 'COMPLIANCE_REVIEW', 2, true, 48),
    ('ANNUAL_COMPLIANCE', 'FILING', 3, true, 72),
    ('ANNUAL_COMPLIANCE', 'COMPLETION', 4, true, 24),

    ('ANNUAL_ACCOUNTING', 'QUALIFICATION', 0, true, 24),
    ('ANNUAL_ACCOUNTING', 'DOCUMENT_COLLECTION', 1, true, 120),
    ('ANNUAL_ACCOUNTING', 'BOOKKEEPING', 2, true, 240),
    ('ANNUAL_ACCOUNTING', 'TAX_PREPARATION', 3, true, 168),
    ('ANNUAL_ACCOUNTING', 'FILING', 4, true, 72),
    ('ANNUAL_ACCOUNTING', 'COMPLETION', 5, true, 24)
) as w (product_code, step_code, position, is_required, hours)
join public.products p on p.code = w.product_code
join public.steps s on s.code = w.step_code
on conflict (product_id, step_id) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Document types (one requiring step each: document_types.required_step_id, B-18).
-- ---------------------------------------------------------------------------------------------
insert into public.document_types (code, label, description, required_step_id, allowed_extensions, max_file_size_mb)
select t.code, t.label, t.description, s.id, t.extensions, t.max_mb
from (
  values
    ('PASSPORT', 'Passport', 'Valid passport copy', 'DOCUMENT_COLLECTION', array['pdf', 'jpg', 'jpeg', 'png'], 10),
    ('PROOF_ADDRESS', 'Proof of Address', 'Utility bill or bank statement (less than 3 months old)', 'DOCUMENT_COLLECTION', array['pdf', 'jpg', 'jpeg', 'png'], 10),
    ('ARTICLES_OF_ORGANIZATION', 'Signed Articles', 'Signed articles of organization or incorporation', 'FORM_SUBMISSION', array['pdf'], 20),
    ('EIN_LETTER', 'EIN Confirmation Letter', 'IRS CP 575 or 147C letter', 'EIN_APPLICATION', array['pdf'], 10),
    ('TRADE_LICENSE_FORM', 'Trade License Application', 'Signed trade license application form', 'TRADE_LICENSE', array['pdf'], 20),
    ('VISA_PHOTO', 'Visa Photo', 'Passport-style photo on a white background', 'VISA_PROCESSING', array['jpg', 'jpeg', 'png'], 5),
    ('BANK_KYC_FORM', 'Bank KYC Form', 'Signed bank know-your-customer form', 'BANK_ACCOUNT', array['pdf'], 20),
    ('ANNUAL_REPORT_INFO', 'Annual Report Information', 'Officers, members and addresses for the annual report', 'COMPLIANCE_REVIEW', array['pdf', 'docx'], 10),
    ('BANK_STATEMENTS', 'Bank Statements', 'The year''s bank statements', 'BOOKKEEPING', array['pdf', 'csv', 'xlsx'], 50),
    ('PRIOR_TAX_RETURN', 'Prior Year Tax Return', 'Last filed tax return', 'TAX_PREPARATION', array['pdf'], 25)
) as t (code, label, description, step_code, extensions, max_mb)
join public.steps s on s.code = t.step_code
on conflict (code) do nothing;

-- ---------------------------------------------------------------------------------------------
-- Demo accounts (local only). Password for all: password123.
-- Written as GoTrue writes a confirmed e-mail user, so that the real GoTrue (hosted) can sign
-- them in: the token columns GoTrue reads into non-nullable strings are '' (hosted has no
-- defaults there), and each user has its 'email' identity.
-- ---------------------------------------------------------------------------------------------
insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  confirmation_token, recovery_token, email_change_token_new, email_change,
  email_change_token_current, phone_change, phone_change_token, reauthentication_token,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at
)
select
  '00000000-0000-0000-0000-000000000000'::uuid, u.id, 'authenticated', 'authenticated', u.email,
  extensions.crypt('password123', extensions.gen_salt('bf')), now(),
  '', '', '', '', '', '', '', '',
  '{"provider":"email","providers":["email"]}'::jsonb,
  pg_catalog.jsonb_build_object('full_name', u.full_name),
  now(), now()
from (
  values
    ('a0000000-0000-4000-8000-000000000001'::uuid, 'admin@example.com', 'Ada Admin'),
    ('a0000000-0000-4000-8000-000000000002'::uuid, 'manager@example.com', 'Max Manager'),
    ('a0000000-0000-4000-8000-000000000003'::uuid, 'agent@example.com', 'Alice Agent'),
    ('a0000000-0000-4000-8000-000000000004'::uuid, 'reviewer@example.com', 'Rita Reviewer'),
    ('a0000000-0000-4000-8000-000000000005'::uuid, 'inactive@example.com', 'Ivan Inactive'),
    ('a0000000-0000-4000-8000-000000000006'::uuid, 'agent2@example.com', 'Bob Agent'),
    ('c0000000-0000-4000-8000-000000000001'::uuid, 'customer@example.com', 'Chloe Customer'),
    ('c0000000-0000-4000-8000-000000000002'::uuid, 'customer2@example.com', 'Carl Customer')
) as u (id, email, full_name)
on conflict (id) do nothing;

-- Their e-mail identities, as GoTrue creates them (provider_id is the user id for 'email').
insert into auth.identities (id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
select u.id, u.id::text, u.id,
       pg_catalog.jsonb_build_object('sub', u.id::text, 'email', u.email, 'email_verified', true, 'phone_verified', false),
       'email', null, u.created_at, u.created_at
from auth.users u
where u.email like '%@example.com'
  and (u.id::text like 'a0000000-0000-4000-8000-%' or u.id::text like 'c0000000-0000-4000-8000-%')
on conflict (provider_id, provider) do nothing;

insert into public.agents (id, full_name, email, role, active)
values
  ('a0000000-0000-4000-8000-000000000001', 'Ada Admin', 'admin@example.com', 'ADMIN', true),
  ('a0000000-0000-4000-8000-000000000002', 'Max Manager', 'manager@example.com', 'MANAGER', true),
  ('a0000000-0000-4000-8000-000000000003', 'Alice Agent', 'agent@example.com', 'AGENT', true),
  ('a0000000-0000-4000-8000-000000000004', 'Rita Reviewer', 'reviewer@example.com', 'REVIEWER', true),
  ('a0000000-0000-4000-8000-000000000005', 'Ivan Inactive', 'inactive@example.com', 'AGENT', false),
  ('a0000000-0000-4000-8000-000000000006', 'Bob Agent', 'agent2@example.com', 'AGENT', true)
on conflict (id) do nothing;

insert into public.profiles (id, full_name, email, status)
values
  ('c0000000-0000-4000-8000-000000000001', 'Chloe Customer', 'customer@example.com', 'ACTIVE'),
  ('c0000000-0000-4000-8000-000000000002', 'Carl Customer', 'customer2@example.com', 'ACTIVE')
on conflict (id) do nothing;
