/**
 * The password policy of supabase/config.toml ([auth] minimum_password_length, password_requirements),
 * mirrored for the set-password page (passwordPolicy.test.ts keeps the two equal). The server checks
 * the same rules and has the last word; this only tells the user before they submit.
 */
export type PasswordRequirements = '' | 'letters_digits' | 'lower_upper_letters_digits' | 'lower_upper_letters_digits_symbols';

export const PASSWORD_POLICY: { minLength: number; requirements: PasswordRequirements } = { minLength: 8, requirements: 'letters_digits' };

const REQUIRED: Record<PasswordRequirements, RegExp[]> = {
  '': [],
  letters_digits: [/[A-Za-z]/, /[0-9]/],
  lower_upper_letters_digits: [/[a-z]/, /[A-Z]/, /[0-9]/],
  lower_upper_letters_digits_symbols: [/[a-z]/, /[A-Z]/, /[0-9]/, /[!@#$%^&*()_+\-=[\]{};'\\:"|<>?,./`~]/],
};

/** GoTrue's weak_password reasons this password would get. */
export function passwordProblems(password: string, policy = PASSWORD_POLICY): ('length' | 'characters')[] {
  const problems: ('length' | 'characters')[] = [];
  if ([...password].length < policy.minLength) problems.push('length');
  if (REQUIRED[policy.requirements].some((pattern) => !pattern.test(password))) problems.push('characters');
  return problems;
}
